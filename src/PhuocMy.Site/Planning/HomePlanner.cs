using PhuocMy.Site.SiteModel;

namespace PhuocMy.Site.Planning;

/// <summary>The home page in blocks: featured posts (<c>featured: true</c>), the latest news, a block per main category.</summary>
public sealed class HomePlanner : IPagePlanner
{
    private const int BlockSize = 4;
    private const int FeaturedCount = 3;

    public IEnumerable<PlannedPage> Plan(Website site)
    {
        var featured = site.Posts.Where(p => p.Post.Featured).Take(FeaturedCount).ToList();
        if (featured.Count == 0 && site.Posts.Count > 0) featured.Add(site.Posts[0]);
        var latest = site.Posts.Except(featured).Take(site.Settings.PostsPerPage).ToList();
        var blocks = site.Categories
            .Where(c => c.Definition.Main && c.Posts.Count > 0)
            .Select(c => new CategorySection(c.Definition, c.Link, c.Posts.Take(BlockSize).ToList()))
            .ToList();
        var description = site.Settings.Values.GetValueOrDefault("description") as string ?? site.Settings.Title;
        var meta = PlanContext.Meta(site, "home", site.Settings.Title, description, Routes.Home) with { Breadcrumbs = [] };
        var values = new Dictionary<string, object?>
        {
            ["featured"] = featured.FirstOrDefault(),
            ["also_featured"] = featured.Skip(1).ToList(),
            ["latest"] = latest,
            ["blocks"] = blocks,
        };
        var shown = blocks.SelectMany(b => b.Posts).Concat(latest).Concat(featured).Distinct();
        yield return new PlannedPage(meta, "home", values);
    }
}
