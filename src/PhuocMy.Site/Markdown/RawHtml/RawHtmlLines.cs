using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PhuocMy.Site.Urls;

namespace PhuocMy.Site.Markdown.RawHtml;

/// <summary>
/// Finds the line (0-based, in the body) on which something in a block with HTML was written: the HTML block's own lines,
/// each inline tag's line, and each Markdown link's line. When nothing matches, the block's first line.
/// </summary>
internal sealed class RawHtmlLines
{
    private readonly int blockLine;
    private readonly List<(string Text, int Line)> html = [];
    private readonly List<(string Url, int Line)> links = [];

    public RawHtmlLines(Block block)
    {
        blockLine = block.Line;
        foreach (var htmlBlock in block.Descendants<HtmlBlock>().Prepend(block as HtmlBlock).OfType<HtmlBlock>())
            foreach (var line in htmlBlock.Lines.Lines.Take(htmlBlock.Lines.Count))
                html.Add((line.Slice.ToString(), line.Line));
        foreach (var tag in BlockInlines.Of<HtmlInline>(block))
            html.Add((tag.Tag, tag.Line));
        foreach (var link in BlockInlines.Of<LinkInline>(block).Where(l => l.Url is not null))
            links.Add((Decoded(link.Url!), link.Line));
    }

    public int LineOfTag(string tag) => Find(text => text.Contains("<" + tag, StringComparison.OrdinalIgnoreCase));

    public int LineOfAttribute(string name, string value) =>
        Find(text => text.Contains(name, StringComparison.OrdinalIgnoreCase) && (value.Length == 0 || text.Contains(value, StringComparison.Ordinal)),
            fallback: Find(text => text.Contains(name, StringComparison.OrdinalIgnoreCase)));

    public int LineOfUrl(string url)
    {
        var decoded = Decoded(url);
        foreach (var (written, line) in links)
            if (written == decoded) return line;
        return Find(text => Decoded(text).Contains(decoded, StringComparison.Ordinal));
    }

    private int Find(Func<string, bool> predicate, int? fallback = null)
    {
        foreach (var (text, line) in html)
            if (predicate(text)) return line;
        return fallback ?? blockLine;
    }

    private static string Decoded(string text) => SitePaths.Unescape(System.Net.WebUtility.HtmlDecode(text));
}
