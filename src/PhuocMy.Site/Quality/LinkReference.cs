using AngleSharp.Dom;

namespace PhuocMy.Site.Quality;

/// <summary>One URL a page refers to: the element, the attribute it came from and the URL as written.</summary>
internal sealed record LinkReference(IElement Element, string Attribute, string Url)
{
    public const string OptOutAttribute = "data-no-link-check";

    private static readonly (string Selector, string Attribute)[] SingleUrlAttributes =
    [
        ("a[href]", "href"),
        ("area[href]", "href"),
        ("link[href]", "href"),
        ("img[src]", "src"),
        ("script[src]", "src"),
        ("source[src]", "src"),
        ("video[src]", "src"),
        ("video[poster]", "poster"),
        ("audio[src]", "src"),
        ("track[src]", "src"),
        ("iframe[src]", "src"),
        ("use[href]", "href"),
        ("use[xlink\\:href]", "xlink:href"),
    ];

    private static readonly (string Selector, string Attribute)[] SrcsetAttributes =
    [
        ("img[srcset]", "srcset"),
        ("source[srcset]", "srcset"),
    ];

    /// <summary>Every URL on the page that should lead somewhere, except on elements that opted out.</summary>
    public static IEnumerable<LinkReference> AllIn(IDocument document)
    {
        foreach (var (selector, attribute) in SingleUrlAttributes)
        {
            foreach (var element in document.QuerySelectorAll(selector))
            {
                if (!element.HasAttribute(OptOutAttribute))
                    yield return new LinkReference(element, attribute, element.GetAttribute(attribute)!);
            }
        }

        foreach (var (selector, attribute) in SrcsetAttributes)
        {
            foreach (var element in document.QuerySelectorAll(selector))
            {
                if (element.HasAttribute(OptOutAttribute))
                    continue;
                foreach (var url in Srcset.Urls(element.GetAttribute(attribute)!))
                    yield return new LinkReference(element, attribute, url);
            }
        }
    }
}
