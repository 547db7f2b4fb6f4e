using PhuocMy.Site.SiteModel;

namespace PhuocMy.Site.Planning;

/// <summary>The page hosts serve for a missing address (Netlify serves <c>/404.html</c> by convention).</summary>
public sealed class NotFoundPlanner : IPagePlanner
{
    public IEnumerable<PlannedPage> Plan(Website site)
    {
        var meta = PlanContext.Meta(site, "404", "Không tìm thấy trang", "Trang bạn tìm không có hoặc đã được chuyển đi.", Routes.NotFound)
            with { Breadcrumbs = [] };
        yield return new PlannedPage(meta, "404", new Dictionary<string, object?> { ["latest"] = site.Posts.Take(5).ToList() });
    }
}
