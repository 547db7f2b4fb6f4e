using Ganss.Xss;

namespace PhuocMy.Site.Markdown.RawHtml;

/// <summary>
/// What pasted HTML may keep. The site runs under a strict Content-Security-Policy, so no script, no event handler, no
/// <c>style</c> (element or attribute), no embedded page; what remains is the harmless structure Markdown itself makes
/// (paragraphs, lists, tables, images, links, emphasis) plus a few text tags Markdown has no syntax for.
/// </summary>
public static class RawHtmlPolicy
{
    public static readonly IReadOnlySet<string> Tags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn",
        "div", "dl", "dt", "em", "figcaption", "figure", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li",
        "mark", "ol", "p", "pre", "q", "s", "samp", "section", "small", "span", "strong", "sub", "summary", "sup", "table",
        "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr",
    };

    public static readonly IReadOnlySet<string> Attributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "alt", "title", "id", "class", "width", "height", "loading", "decoding", "colspan", "rowspan",
        "scope", "headers", "start", "reversed", "type", "lang", "dir", "datetime", "cite", "abbr", "open", "aria-label",
    };

    /// <summary>Elements whose content is code or another document, not text: removed with everything inside.</summary>
    public static readonly IReadOnlySet<string> RemovedWithContent = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math", "noscript",
        "template", "canvas", "audio", "video", "select", "textarea", "head", "title", "meta", "link", "base",
    };

    private static readonly string[] Schemes = ["http", "https", "mailto", "tel"];

    public static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer { KeepChildNodes = true };
        Replace(sanitizer.AllowedTags, Tags);
        Replace(sanitizer.AllowedAttributes, Attributes);
        Replace(sanitizer.AllowedSchemes, Schemes);
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowedAtRules.Clear();
        return sanitizer;
    }

    private static void Replace(ISet<string> set, IEnumerable<string> values)
    {
        set.Clear();
        set.UnionWith(values);
    }
}
