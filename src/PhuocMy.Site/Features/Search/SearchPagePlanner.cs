using PhuocMy.Site.Planning;
using PhuocMy.Site.SiteModel;

namespace PhuocMy.Site.Features.Search;

/// <summary>
/// <c>/tim-kiem/</c>: the search form and, drawn by search.js, the results of <c>?q=</c>. Without JavaScript the page
/// says so and points to the archives and the văn bản registry (<c>_layouts/search.liquid</c>).
/// </summary>
public sealed class SearchPagePlanner : IPagePlanner
{
    public const string Layout = "search";
    public const string Kind = "search";
    private const string Title = "Tìm kiếm";

    public IEnumerable<PlannedPage> Plan(Website site)
    {
        var meta = PlanContext.Meta(site, Kind, Title, "Tìm tin bài, văn bản, số liệu và trang trên cổng thông tin, gõ có dấu hoặc không dấu.",
            SearchRoutes.Page, new Crumb(Title, SearchRoutes.Page));
        yield return new PlannedPage(meta, Layout, new Dictionary<string, object?>());
    }
}
