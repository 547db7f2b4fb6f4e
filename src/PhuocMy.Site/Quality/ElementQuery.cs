using AngleSharp;
using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;

namespace PhuocMy.Site.Quality;

/// <summary>
/// A CSS selector parsed once for every page, finding what <c>document.QuerySelectorAll</c> finds, in the same order.
/// Only elements of the tag names the selector can match are tried, so a query costs little on a large page.
/// </summary>
/// <param name="selector">e.g. <c>img[srcset]</c>; every element it matches has one of <paramref name="localNames"/>.</param>
internal sealed class ElementQuery(string selector, params string[] localNames)
{
    private static readonly ICssSelectorParser Parser = BrowsingContext.New().GetService<ICssSelectorParser>()!;

    private readonly ISelector parsed = Parser.ParseSelector(selector) ?? throw new ArgumentException($"not a CSS selector: {selector}", nameof(selector));

    public string Selector => selector;

    public IEnumerable<IElement> In(PageUnderCheck page)
    {
        var scope = page.Document.DocumentElement;
        var candidates = localNames.Length == 1
            ? page.Elements.Named(localNames[0])
            : page.Elements.All.Where(element => localNames.Contains(element.LocalName, StringComparer.OrdinalIgnoreCase));
        return candidates.Where(element => parsed.Match(element, scope));
    }

    public IElement? FirstIn(PageUnderCheck page) => In(page).FirstOrDefault();
}
