using PhuocMy.Site.SiteModel;

namespace PhuocMy.Site.Planning;

/// <summary>One page per post, with its neighbours in time, related posts and the latest of its category.</summary>
public sealed class PostPagesPlanner : IPagePlanner
{
    private const int RelatedCount = 5;

    public IEnumerable<PlannedPage> Plan(Website site)
    {
        var related = new RelatedPosts(site);
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
                ["content"] = post.Post.Body,
                ["newer"] = newer,
                ["older"] = older,
                ["related"] = related.For(i, RelatedCount),
                ["in_category"] = sameCategory.Where(p => p != post).Take(RelatedCount).ToList(),
            };
            yield return new PlannedPage(meta, post.Post.Layout ?? "post", values) { Origin = post.Post.SourcePath };
        }
    }
}
