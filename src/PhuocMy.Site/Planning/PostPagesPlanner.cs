using PhuocMy.Site.Rendering;
using PhuocMy.Site.SiteModel;

namespace PhuocMy.Site.Planning;

/// <summary>One page per post, with its neighbours in time, related posts and the latest of its category.</summary>
public sealed class PostPagesPlanner : IPagePlanner
{
    private const int RelatedCount = 5;

    public IEnumerable<PlannedPage> Plan(Website site)
    {
        for (var i = 0; i < site.Posts.Count; i++)
        {
            var post = site.Posts[i];
            var newer = i > 0 ? site.Posts[i - 1] : null;
            var older = i + 1 < site.Posts.Count ? site.Posts[i + 1] : null;
            var trail = post.Category is { } category
                ? new[] { new Crumb(category.Name, category.Url), new Crumb(post.Title, post.Url) }
                : [new Crumb(post.Title, post.Url)];
            var meta = PlanContext.Meta(site, "post", post.Title, post.Summary, post.Url, trail) with
            {
                Sample = post.Post.Sample,
                ImageUrl = post.Post.Image,
                ImageAlt = post.Post.ImageAlt,
            };
            var values = new Dictionary<string, object?>
            {
                ["post"] = post,
                ["content"] = post.Post.BodyHtml,
                ["newer"] = newer,
                ["older"] = older,
                ["related"] = Related(site, post),
                ["in_category"] = site.Posts.Where(p => p != post && p.Category is not null && p.Category == post.Category).Take(RelatedCount).ToList(),
            };
            yield return new PlannedPage(meta, post.Post.Layout ?? "post", values, [PlanContext.SettingsSource, post.Post.SourcePath]) { Origin = post.Post.SourcePath };
        }
    }

    /// <summary>Posts sharing the most tags, then the same category; newest first among equals.</summary>
    private static List<SitePost> Related(Website site, SitePost post)
    {
        var tags = post.Tags.Select(t => t.Slug).ToHashSet();
        return site.Posts
            .Where(p => p != post)
            .Select(p => (Post: p, Score: p.Tags.Count(t => tags.Contains(t.Slug)) * 2 + (p.Category == post.Category && post.Category is not null ? 1 : 0)))
            .Where(x => x.Score > 0 && x.Post.Tags.Any(t => tags.Contains(t.Slug)))
            .OrderByDescending(x => x.Score)
            .Take(RelatedCount)
            .Select(x => x.Post)
            .ToList();
    }
}
