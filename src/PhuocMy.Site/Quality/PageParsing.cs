using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PhuocMy.Site.Quality;

/// <summary>
/// Parses generated pages for their checks with one <see cref="HtmlParser"/> per thread: making a parser builds a
/// browsing context and its configuration, which cost more than parsing a small page.
/// </summary>
public static class PageParsing
{
    [ThreadStatic]
    private static HtmlParser? parser;

    /// <summary>The page as the checks see it; the caller disposes it.</summary>
    public static IDocument Parse(string html) => (parser ??= new HtmlParser()).ParseDocument(html);

    /// <summary>A page's bytes, read as UTF-8 (an invalid byte becomes U+FFFD, as <see cref="Encoding.UTF8"/> reads it).</summary>
    public static IDocument Parse(ReadOnlySpan<byte> utf8) => Parse(Encoding.UTF8.GetString(utf8));
}
