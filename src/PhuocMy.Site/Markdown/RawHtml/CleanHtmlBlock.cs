using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace PhuocMy.Site.Markdown.RawHtml;

/// <summary>
/// A block of the body that had HTML written into it, already rendered and cleaned to the allowed tags and attributes
/// (<see cref="RawHtmlCleaner"/>). It is written out as it is.
/// </summary>
public sealed class CleanHtmlBlock(BlockParser? parser) : LeafBlock(parser)
{
    public string Html { get; init; } = "";

    /// <summary>The addresses its links and images point to, each with the 0-based body line where it was written.</summary>
    public IReadOnlyList<(string Url, int Line)> Links { get; init; } = [];
}

public sealed class CleanHtmlRenderer : HtmlObjectRenderer<CleanHtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, CleanHtmlBlock block)
    {
        renderer.EnsureLine();
        renderer.WriteLine(block.Html);
    }
}
