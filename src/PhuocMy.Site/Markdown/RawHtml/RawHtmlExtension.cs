using Markdig;
using Markdig.Renderers;

namespace PhuocMy.Site.Markdown.RawHtml;

/// <summary>
/// HTML written in Markdown is read (so <c>&lt;div&gt;&lt;img …&gt;&lt;/div&gt;</c> is not printed as text) and, before the
/// page is written, cleaned by <see cref="RawHtmlCleaner"/>; this extension writes the cleaned blocks out.
/// </summary>
public sealed class RawHtmlExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.AddIfNotAlready(new CleanHtmlRenderer());
    }
}

public static class RawHtmlPipeline
{
    public static MarkdownPipelineBuilder UseCleanRawHtml(this MarkdownPipelineBuilder builder)
    {
        builder.Extensions.AddIfNotAlready<RawHtmlExtension>();
        return builder;
    }
}
