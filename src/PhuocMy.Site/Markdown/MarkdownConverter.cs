using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Renderers;
using Markdig.Syntax;
using PhuocMy.Site.Markdown.Footnotes;
using PhuocMy.Site.Markdown.RawHtml;
using PhuocMy.Site.Markdown.SpacedLinks;

namespace PhuocMy.Site.Markdown;

/// <summary>
/// The one Markdig pipeline of the build. Of Markdig's emphasis extras only strikethrough (<c>~~</c>) is on, so "~250 hộ",
/// "25~27 độ C" and "x^2" stay as written. HTML written in Markdown is read, then cleaned by <see cref="RawHtmlCleaner"/>:
/// the site's Content-Security-Policy forbids the inline styles and scripts that pasted HTML tends to carry.
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
            .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
            .UseAutoLinks()
            .UseAccessibleFootnotes()
            .UseSpacedLinks()
            .UseCleanRawHtml();
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

    /// <summary>The HTML of a parsed body; HTML the author wrote that was not cleaned first is shown as text.</summary>
    public string ToHtml(MarkdownObject node) => Render(node, EscapedHtmlRenderers.Apply);

    /// <summary>The HTML of a block with the author's HTML passed through as written, for <see cref="RawHtmlCleaner"/> to clean.</summary>
    internal string ToUncleanedHtml(Block block) => Render(block, null);

    private string Render(MarkdownObject node, Action<HtmlRenderer>? adjust)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        adjust?.Invoke(renderer);
        renderer.Render(node);
        writer.Flush();
        return writer.ToString();
    }
}
