using AngleSharp.Dom;

namespace PhuocMy.Site.Quality;

/// <summary>One URL a page refers to: the element, the attribute it came from and the URL as written.</summary>
internal sealed record LinkReference(IElement Element, string Attribute, string Url)
{
    public const string OptOutAttribute = "data-no-link-check";

    private static readonly (ElementQuery Query, string Attribute)[] SingleUrlAttributes =
    [
        (new ElementQuery("a[href]", "a"), "href"),
        (new ElementQuery("area[href]", "area"), "href"),
        (new ElementQuery("link[href]", "link"), "href"),
        (new ElementQuery("img[src]", "img"), "src"),
        (new ElementQuery("script[src]", "script"), "src"),
        (new ElementQuery("source[src]", "source"), "src"),
        (new ElementQuery("video[src]", "video"), "src"),
        (new ElementQuery("video[poster]", "video"), "poster"),
        (new ElementQuery("audio[src]", "audio"), "src"),
        (new ElementQuery("track[src]", "track"), "src"),
        (new ElementQuery("iframe[src]", "iframe"), "src"),
        (new ElementQuery("use[href]", "use"), "href"),
        (new ElementQuery("use[xlink\\:href]", "use"), "xlink:href"),
    ];

    private static readonly (ElementQuery Query, string Attribute)[] SrcsetAttributes =
    [
        (new ElementQuery("img[srcset]", "img"), "srcset"),
        (new ElementQuery("source[srcset]", "source"), "srcset"),
    ];

    /// <summary>Every URL on the page that should lead somewhere, except on elements that opted out.</summary>
    public static IReadOnlyList<LinkReference> AllIn(PageUnderCheck page)
    {
        var references = new List<LinkReference>();
        foreach (var (query, attribute) in SingleUrlAttributes)
        {
            foreach (var element in query.In(page))
            {
                if (!element.HasAttribute(OptOutAttribute))
                    references.Add(new LinkReference(element, attribute, element.GetAttribute(attribute)!));
            }
        }

        foreach (var (query, attribute) in SrcsetAttributes)
        {
            foreach (var element in query.In(page))
            {
                if (element.HasAttribute(OptOutAttribute))
                    continue;
                foreach (var url in Srcset.Urls(element.GetAttribute(attribute)!))
                    references.Add(new LinkReference(element, attribute, url));
            }
        }
        return references;
    }
}
