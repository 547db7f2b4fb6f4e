using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;

namespace PhuocMy.Site.Markdown.Footnotes;

/// <summary>
/// Footnotes (<c>[^1]</c> in the text, <c>[^1]: …</c> below) with Markdig's parser and our own HTML: the list sits in a
/// labelled section, each mark and each way back has a name a screen reader can say, and nothing needs inline style or script.
/// </summary>
public sealed class AccessibleFootnotesExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<FootnoteParser>())
            pipeline.BlockParsers.Insert(0, new FootnoteParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        html.ObjectRenderers.AddIfNotAlready(new FootnoteListRenderer());
        html.ObjectRenderers.AddIfNotAlready(new FootnoteMarkRenderer());
    }
}

public static class AccessibleFootnotesPipeline
{
    public static MarkdownPipelineBuilder UseAccessibleFootnotes(this MarkdownPipelineBuilder builder)
    {
        builder.Extensions.AddIfNotAlready<AccessibleFootnotesExtension>();
        return builder;
    }
}
