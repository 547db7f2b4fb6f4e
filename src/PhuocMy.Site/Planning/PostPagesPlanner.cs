using PhuocMy.Site.Rendering;
using PhuocMy.Site.SiteModel;

namespace PhuocMy.Site.Planning;

/// <summary>One page per post, with its neighbours in time, related posts and the latest of its category.</summary>
public sealed class PostPagesPlanner : IPagePlanner
{
    private const int RelatedCount = 5;

    public IEnumerable<PlannedPage> Plan(Website site)
    {
        var byTag = site.Tags.ToDictionary(t => t.Link.Slug, t => t.Posts);
        var byCategory = site.Categories.ToDictionary(c => c.Link.Slug, c => c.Posts);
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
            var sameCategory = post.Category is null ? [] : byCategory[post.Category.Slug];
            var values = new Dictionary<string, object?>
            {
                ["post"] = post,
                ["content"] = post.Post.BodyHtml,
                ["newer"] = newer,
                ["older"] = older,
                ["related"] = Related(post, byTag),
                ["in_category"] = sameCategory.Where(p => p != post).Take(RelatedCount).ToList(),
            };
            yield return new PlannedPage(meta, post.Post.Layout ?? "post", values, [PlanContext.SettingsSource, post.Post.SourcePath]) { Origin = post.Post.SourcePath };
        }
    }

    /// <summary>
    /// Posts sharing the most tags (a shared category adds a little), newest first among equals. Candidates come
    /// from the post's own tag listings, so this stays fast for ten thousand posts.
    /// </summary>
    private static List<SitePost> Related(SitePost post, Dictionary<string, IReadOnlyList<SitePost>> byTag)
    {
        var shared = new Dictionary<SitePost, int>();
        foreach (var tag in post.Tags)
            foreach (var other in byTag[tag.Slug])
                if (other != post) shared[other] = shared.GetValueOrDefault(other) + 1;

        return shared
            .Select(x => (Post: x.Key, Score: x.Value * 2 + (post.Category is not null && x.Key.Category == post.Category ? 1 : 0)))
            .OrderByDescending(x => x.Score)
            .ThenByDescending(x => x.Post.LocalDate)
            .Take(RelatedCount)
            .Select(x => x.Post)
            .ToList();
    }
}
