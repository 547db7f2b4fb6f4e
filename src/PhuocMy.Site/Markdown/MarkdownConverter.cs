using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace PhuocMy.Site.Markdown;

/// <summary>
/// The one Markdig pipeline of the build. Raw HTML in Markdown is turned off: authors write Markdown, and the site's
/// Content-Security-Policy forbids the inline styles and scripts that pasted HTML tends to carry.
/// </summary>
public sealed class MarkdownConverter
{
    private readonly MarkdownPipeline pipeline;

    public MarkdownConverter(Action<MarkdownPipelineBuilder>? extend = null)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFigures()
            .UseListExtras()
            .UseEmphasisExtras()
            .UseAutoLinks()
            .DisableHtml();
        extend?.Invoke(builder);
        pipeline = builder.Build();
    }

    public MarkdownDocument Parse(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        HeadingIds.Assign(document);
        TableAlignmentClasses.Apply(document);
        LazyImages.Apply(document);
        return document;
    }

    public string ToHtml(MarkdownObject node)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(node);
        writer.Flush();
        return writer.ToString();
    }
}
