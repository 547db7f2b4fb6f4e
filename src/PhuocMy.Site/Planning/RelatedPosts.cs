using PhuocMy.Site.SiteModel;

namespace PhuocMy.Site.Planning;

/// <summary>
/// "Tin liên quan": the posts sharing the most tags with a post (a shared category adds a little), newest first
/// among equals. Works on post positions, so ten thousand posts with crowded tags stay fast.
/// </summary>
public sealed class RelatedPosts
{
    private readonly IReadOnlyList<SitePost> posts;
    private readonly int[][] tagsOfPost;
    private readonly int[][] postsOfTag;
    private readonly int[] categoryOfPost;
    private readonly int[] scores;
    private readonly List<int> touched = [];

    public RelatedPosts(Website site)
    {
        posts = site.Posts;
        var position = new Dictionary<SitePost, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < posts.Count; i++) position[posts[i]] = i;

        var tagIndex = site.Tags.Select((tag, index) => (tag.Link.Slug, index)).ToDictionary(x => x.Slug, x => x.index);
        postsOfTag = site.Tags.Select(tag => tag.Posts.Select(p => position[p]).ToArray()).ToArray();
        tagsOfPost = posts.Select(p => p.Tags.Select(t => tagIndex[t.Slug]).ToArray()).ToArray();
        var categoryIndex = site.Categories.Select((c, index) => (c.Link.Slug, index)).ToDictionary(x => x.Slug, x => x.index);
        categoryOfPost = posts.Select(p => p.Category is { } c ? categoryIndex[c.Slug] : -1).ToArray();
        scores = new int[posts.Count];
    }

    private static bool Better((int Position, int Score) a, (int Position, int Score) b) =>
        a.Score > b.Score || (a.Score == b.Score && a.Position < b.Position);

    /// <summary>Not thread-safe: planning runs on one thread.</summary>
    public IReadOnlyList<SitePost> For(int postPosition, int count)
    {
        foreach (var tag in tagsOfPost[postPosition])
        {
            foreach (var other in postsOfTag[tag])
            {
                if (other == postPosition) continue;
                if (scores[other] == 0) touched.Add(other);
                scores[other] += 2;
            }
        }

        var category = categoryOfPost[postPosition];
        // The best few by score, then by position (newest first): kept sorted in a small array, no full sort.
        var best = new (int Position, int Score)[count];
        var found = 0;
        foreach (var other in touched)
        {
            var candidate = (Position: other, Score: scores[other] + (category >= 0 && categoryOfPost[other] == category ? 1 : 0));
            var at = found;
            while (at > 0 && Better(candidate, best[at - 1])) at--;
            if (at >= count) continue;
            var last = Math.Min(found, count - 1);
            Array.Copy(best, at, best, at + 1, last - at);
            best[at] = candidate;
            if (found < count) found++;
        }

        foreach (var other in touched) scores[other] = 0;
        touched.Clear();
        return best.Take(found).Select(x => posts[x.Position]).ToList();
    }
}
