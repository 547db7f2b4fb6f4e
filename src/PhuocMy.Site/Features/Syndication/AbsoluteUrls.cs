using AngleSharp.Html.Parser;

namespace PhuocMy.Site.Features.Syndication;

/// <summary>
/// Makes every link and image in an HTML fragment absolute, so the fragment works where feeds are read (a news
/// reader, the city portal), far from the page it came from.
/// </summary>
public static class AbsoluteUrls
{
    private static readonly (string Selector, string Attribute)[] UrlAttributes =
    [
        ("[href]", "href"), ("[src]", "src"), ("[poster]", "poster"), ("[cite]", "cite"), ("[data]", "data"),
    ];

    public static string InHtml(string html, Uri page)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var nodes = parser.ParseFragment(html, document.Body!);
        document.Body!.Append([.. nodes]);

        foreach (var (selector, attribute) in UrlAttributes)
            foreach (var element in document.Body.QuerySelectorAll(selector))
                element.SetAttribute(attribute, Of(element.GetAttribute(attribute)!, page));

        foreach (var element in document.Body.QuerySelectorAll("[srcset]"))
        {
            var candidates = element.GetAttribute("srcset")!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(candidate =>
                {
                    var parts = candidate.Split(' ', 2, StringSplitOptions.TrimEntries);
                    return parts.Length == 2 ? $"{Of(parts[0], page)} {parts[1]}" : Of(parts[0], page);
                });
            element.SetAttribute("srcset", string.Join(", ", candidates));
        }
        return document.Body.InnerHtml;
    }

    /// <summary>"/images/a.jpg" → "https://site/images/a.jpg"; "#muc-1" → the page's address with "#muc-1"; absolute URLs stay.</summary>
    public static string Of(string url, Uri page)
    {
        var trimmed = url.Trim();
        if (trimmed.Length == 0 || Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) && !absolute.IsFile) return trimmed;
        return Uri.TryCreate(page, trimmed, out var resolved) ? resolved.AbsoluteUri : trimmed;
    }
}
