using PhuocMy.Site.SiteModel;

namespace PhuocMy.Site.Planning;

/// <summary>A paginated listing per từ khóa, and an index of all tags sorted the Vietnamese way.</summary>
public sealed class TagPlanner : IPagePlanner
{
    public IEnumerable<PlannedPage> Plan(Website site)
    {
        var index = PlanContext.Meta(site, "tags", "Từ khóa", "Danh sách từ khóa của các tin bài", Routes.Tags, new Crumb("Từ khóa", Routes.Tags));
        yield return new PlannedPage(index, "tags", new Dictionary<string, object?> { ["tags"] = site.Tags });

        foreach (var tag in site.Tags)
        {
            var title = $"Từ khóa: {tag.Link.Name}";
            var values = new Dictionary<string, object?> { ["heading"] = title, ["intro"] = null };
            foreach (var page in PlanContext.Listing(site, "tag", title, $"Tin bài có từ khóa {tag.Link.Name}", tag.Posts,
                         n => Routes.Tag(tag.Link.Slug, n), values, [new Crumb("Từ khóa", Routes.Tags), new Crumb(tag.Link.Name, tag.Link.Url)]))
                yield return page;
        }
    }
}
