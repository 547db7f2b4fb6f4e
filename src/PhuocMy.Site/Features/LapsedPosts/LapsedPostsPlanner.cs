using PhuocMy.Site.Planning;
using PhuocMy.Site.SiteModel;

namespace PhuocMy.Site.Features.LapsedPosts;

/// <summary>
/// One page per lapsed post, drawn by the post's own layout. It has no neighbours and no related posts (those
/// would point readers at other lapsed notices); "Tin khác" shows what is current in its category.
/// </summary>
public sealed class LapsedPostsPlanner : IPagePlanner
{
    private const int CurrentCount = 5;

    public IEnumerable<PlannedPage> Plan(Website site)
    {
        var byCategory = site.Categories.ToDictionary(c => c.Link.Slug, c => c.Posts);
        foreach (var post in site.Lapsed)
        {
            var trail = post.Category is { } category
                ? new[] { new Crumb(category.Name, category.Url), new Crumb(post.Title, post.Url) }
                : [new Crumb(post.Title, post.Url)];
            var meta = PlanContext.Meta(site, "post", post.Title, post.Summary, post.Url, trail) with
            {
                Sample = post.Post.Sample,
                ImageUrl = post.Post.Image,
                ImageAlt = post.Post.ImageAlt,
            };
            var current = post.Category is null ? [] : byCategory[post.Category.Slug].Take(CurrentCount).ToList();
            var values = new Dictionary<string, object?>
            {
                ["post"] = post,
                ["content"] = post.Post.Body,
                ["newer"] = null,
                ["older"] = null,
                ["related"] = Array.Empty<SitePost>(),
                ["in_category"] = current,
            };
            yield return new PlannedPage(meta, post.Post.Layout ?? "post", values)
            {
                Origin = post.Post.SourcePath,
            };
        }
    }
}
