using PhuocMy.Site.SiteModel;

namespace PhuocMy.Site.Planning;

/// <summary>A paginated listing per chuyên mục, including empty ones, plus all news at <c>/tin-tuc/</c>.</summary>
public sealed class CategoryPlanner : IPagePlanner
{
    public IEnumerable<PlannedPage> Plan(Website site)
    {
        foreach (var category in site.Categories)
        {
            var values = new Dictionary<string, object?> { ["heading"] = category.Definition.Name, ["intro"] = category.Definition.Description };
            var description = category.Definition.Description ?? $"Tin bài chuyên mục {category.Definition.Name}";
            foreach (var page in PlanContext.Listing(site, "category", category.Definition.Name, description, category.Posts,
                         n => Routes.Category(category.Definition.Slug, n), values, [new Crumb(category.Definition.Name, category.Link.Url)]))
                yield return page;
        }

        var all = new Dictionary<string, object?> { ["heading"] = "Tất cả tin bài", ["intro"] = null };
        foreach (var page in PlanContext.Listing(site, "news", "Tất cả tin bài", "Tất cả tin bài, mới nhất trước", site.Posts,
                     n => Routes.News(n), all, [new Crumb("Tin bài", Routes.News())]))
            yield return page;
    }
}
