using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Search;
using PhuocMy.Site.SiteModel;

namespace PhuocMy.Site.Features.Search;

/// <summary>
/// A rendered page the search index lists, with what its plan says about it; its text is read from the rendered
/// page (<see cref="PageText"/>). Listings (home, categories, tags, archives, registries), the 404 page and the search
/// page are left out: they only repeat titles the posts themselves carry.
/// </summary>
/// <param name="Date">A post's date; null for kinds dated by the page itself (see <paramref name="DatedInPage"/>) or undated.</param>
/// <param name="DatedInPage">True when the date is the first <c>&lt;time datetime&gt;</c> of the page's text (a document's date of issue).</param>
public sealed record SearchablePage(RenderedPage Page, string Title, string Section, SearchDocumentKind Kind, DateTimeOffset? Date, bool DatedInPage)
{
    public string Url => Page.Plan.Meta.Url;

    /// <summary>The page as the index sees it, or null when it is not to be found by search.</summary>
    public static SearchablePage? Of(RenderedPage page)
    {
        var plan = page.Plan;
        if (!plan.UsesBaseLayout || plan.Meta.Url == Routes.NotFound) return null;
        return plan.Meta.Kind switch
        {
            "post" when plan.Values.GetValueOrDefault("post") is SitePost post =>
                new SearchablePage(page, post.Title, post.Category?.Name ?? "Tin tức", SearchDocumentKind.Post, post.LocalDate, false),
            "page" => new SearchablePage(page, plan.Meta.Title, "Trang", SearchDocumentKind.Page, null, false),
            "document" => new SearchablePage(page, plan.Meta.Title, "Văn bản", SearchDocumentKind.Document, null, true),
            "data-table" => new SearchablePage(page, plan.Meta.Title, "Số liệu", SearchDocumentKind.DataTable, null, false),
            _ => null,
        };
    }
}
