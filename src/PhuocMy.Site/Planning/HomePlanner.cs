using PhuocMy.Site.Rendering;
using PhuocMy.Site.SiteModel;

namespace PhuocMy.Site.Planning;

/// <summary>The home page in blocks: a featured post, the latest news, and a block per main category.</summary>
public sealed class HomePlanner : IPagePlanner
{
    private const int BlockSize = 4;

    public IEnumerable<PlannedPage> Plan(Website site)
    {
        var featured = site.Posts.FirstOrDefault(p => p.Post.Featured) ?? site.Posts.FirstOrDefault();
        var latest = site.Posts.Where(p => p != featured).Take(site.Settings.PostsPerPage).ToList();
        var blocks = site.Categories
            .Where(c => c.Definition.Main && c.Posts.Count > 0)
            .Select(c => new CategorySection(c.Definition, c.Link, c.Posts.Take(BlockSize).ToList()))
            .ToList();
        var description = site.Settings.Values.GetValueOrDefault("description") as string ?? site.Settings.Title;
        var meta = PlanContext.Meta(site, "home", site.Settings.Title, description, Routes.Home) with { Breadcrumbs = [] };
        var values = new Dictionary<string, object?>
        {
            ["featured"] = featured,
            ["latest"] = latest,
            ["blocks"] = blocks,
        };
        var shown = blocks.SelectMany(b => b.Posts).Concat(latest).Append(featured).OfType<SitePost>().Distinct();
        yield return new PlannedPage(meta, "home", values, PlanContext.SourcesOf(shown));
    }
}
