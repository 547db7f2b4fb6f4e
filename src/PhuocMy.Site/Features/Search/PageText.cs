using System.Globalization;
using System.Net;
using System.Text;

namespace PhuocMy.Site.Features.Search;

/// <summary>
/// The readable text of a rendered page's <c>&lt;article&gt;</c> (or, without one, its <c>&lt;main&gt;</c>): what a
/// reader sees of the post, page, document or table, without the title (indexed on its own), the category and date
/// line, notices repeated on many pages, scripts, styles and chart drawings.
/// </summary>
/// <remarks>
/// A linear scan rather than a DOM parser: the pages are our own templates' output, which the page checks and vnu
/// hold to valid HTML, and a cold build of 10,000 posts would otherwise parse every page a second time.
/// </remarks>
public static class PageText
{
    /// <summary>Changes whenever what is extracted changes, so cached words of the old rules are not reused.</summary>
    public const string Version = "page-text/1";

    /// <summary>Elements whose content is never text for readers of the result.</summary>
    private static readonly HashSet<string> SkippedElements = new(StringComparer.Ordinal)
        { "script", "style", "svg", "template", "noscript", "h1", "button", "form" };

    /// <summary>Classes (from the theme) of parts repeated on many pages or shown with the result anyway.</summary>
    private static readonly HashSet<string> SkippedClasses = new(StringComparer.Ordinal)
        { "sample-notice", "publication-notice", "post-category", "post-meta", "more" };

    /// <summary>Elements inside a word's flow: no space is put where they open or close.</summary>
    private static readonly HashSet<string> InlineElements = new(StringComparer.Ordinal)
        { "a", "abbr", "b", "bdi", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var" };

    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
        { "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr" };

    public sealed record Result(string Text, DateTimeOffset? FirstTime);

    public static Result Extract(ReadOnlySpan<byte> html) => Extract(Encoding.UTF8.GetString(html));

    public static Result Extract(string html)
    {
        var (start, end) = ContentRange(html);
        var text = new StringBuilder(end - start);
        DateTimeOffset? firstTime = null;
        var position = start;
        while (position < end)
        {
            var open = html.IndexOf('<', position, end - position);
            if (open < 0) open = end;
            if (open > position) text.Append(WebUtility.HtmlDecode(html.AsSpan(position, open - position).ToString()));
            if (open >= end) break;

            if (string.CompareOrdinal(html, open, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", open + 4, StringComparison.Ordinal);
                position = close < 0 ? end : close + 3;
                continue;
            }

            var tag = Tag.Read(html, open);
            position = tag.End;
            if (tag.Name.Length == 0) continue;
            if (!InlineElements.Contains(tag.Name)) text.Append(' ');
            if (tag.Closing || tag.SelfClosing) continue;

            if (tag.Name == "time" && firstTime is null && tag.Attribute("datetime") is { } value
                && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                firstTime = parsed;

            if (SkippedElements.Contains(tag.Name) || (tag.Attribute("class") is { } classes && classes.Split(' ').Any(SkippedClasses.Contains)))
            {
                position = EndOfElement(html, tag, end);
                text.Append(' ');
            }
        }
        return new Result(Collapse(text), firstTime);
    }

    /// <summary>From the first <c>&lt;article&gt;</c> to its end; else the <c>&lt;main&gt;</c> element; else nothing.</summary>
    private static (int Start, int End) ContentRange(string html)
    {
        foreach (var name in (ReadOnlySpan<string>)["article", "main"])
        {
            var open = html.IndexOf("<" + name, StringComparison.Ordinal);
            while (open >= 0)
            {
                var tag = Tag.Read(html, open);
                if (tag.Name == name) return (tag.End, ContentEnd(html, tag));
                open = html.IndexOf("<" + name, open + 1, StringComparison.Ordinal);
            }
        }
        return (0, 0);
    }

    private static int ContentEnd(string html, Tag tag)
    {
        var after = EndOfElement(html, tag, html.Length);
        var closing = html.LastIndexOf("</", after - 1, after - tag.End, StringComparison.Ordinal);
        return closing < tag.End ? after : closing;
    }

    /// <summary>Just past the end tag that closes <paramref name="tag"/>, counting nested elements of the same name.</summary>
    private static int EndOfElement(string html, Tag tag, int limit)
    {
        if (VoidElements.Contains(tag.Name)) return tag.End;
        var depth = 1;
        var position = tag.End;
        while (position < limit)
        {
            var open = html.IndexOf('<', position, limit - position);
            if (open < 0) break;
            var inner = Tag.Read(html, open);
            position = Math.Max(inner.End, open + 1);
            if (inner.Name != tag.Name || inner.SelfClosing) continue;
            depth += inner.Closing ? -1 : 1;
            if (depth == 0) return position;
        }
        return limit;
    }

    private static string Collapse(StringBuilder text)
    {
        var collapsed = new StringBuilder(text.Length);
        var space = false;
        foreach (var chunk in text.GetChunks())
            foreach (var c in chunk.Span)
            {
                if (char.IsWhiteSpace(c)) { space = collapsed.Length > 0; continue; }
                if (space) collapsed.Append(' ');
                space = false;
                collapsed.Append(c);
            }
        return collapsed.ToString();
    }

    /// <summary>One start or end tag: its lowercase name and where it ends; attributes read on demand.</summary>
    private readonly record struct Tag(string Html, int Start, int End, string Name, bool Closing, bool SelfClosing)
    {
        public static Tag Read(string html, int open)
        {
            var i = open + 1;
            var closing = i < html.Length && html[i] == '/';
            if (closing) i++;
            var nameStart = i;
            while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] == '-')) i++;
            var name = html[nameStart..i].ToLowerInvariant();
            char? quote = null;
            for (; i < html.Length; i++)
            {
                var c = html[i];
                if (quote is { } q) { if (c == q) quote = null; }
                else if (c is '"' or '\'') quote = c;
                else if (c == '>') break;
            }
            var end = Math.Min(i + 1, html.Length);
            var selfClosing = end >= 2 && html[end - 2] == '/';
            return new Tag(html, open, end, name, closing, selfClosing);
        }

        /// <summary>The decoded value of a quoted attribute, or null.</summary>
        public string? Attribute(string attribute)
        {
            var span = Html.AsSpan(Start, End - Start);
            var at = span.IndexOf(" " + attribute + "=", StringComparison.Ordinal);
            if (at < 0) return null;
            var valueStart = at + attribute.Length + 2;
            if (valueStart >= span.Length || span[valueStart] is not ('"' or '\'')) return null;
            var quote = span[valueStart];
            var valueEnd = span[(valueStart + 1)..].IndexOf(quote);
            return valueEnd < 0 ? null : WebUtility.HtmlDecode(span.Slice(valueStart + 1, valueEnd).ToString());
        }
    }
}
