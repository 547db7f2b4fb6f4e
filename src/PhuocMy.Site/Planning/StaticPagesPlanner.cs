using PhuocMy.Site.SiteModel;

namespace PhuocMy.Site.Planning;

/// <summary>Standing pages such as Giới thiệu and Liên hệ, at <c>/slug/</c>.</summary>
public sealed class StaticPagesPlanner : IPagePlanner
{
    public IEnumerable<PlannedPage> Plan(Website site) =>
        site.Pages.Select(page =>
        {
            var url = Routes.Page(page.Slug);
            var meta = PlanContext.Meta(site, "page", page.Title, page.Description, url, new Crumb(page.Title, url)) with
            {
                Language = page.Language,
                Sample = page.Sample,
            };
            var values = new Dictionary<string, object?> { ["page_content"] = page, ["content"] = page.BodyHtml };
            return new PlannedPage(meta, page.Layout ?? "page", values) { Origin = page.SourcePath };
        });
}
