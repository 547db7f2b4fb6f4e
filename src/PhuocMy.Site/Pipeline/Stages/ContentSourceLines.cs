using PhuocMy.Site.Markdown;
using PhuocMy.Site.Quality;

namespace PhuocMy.Site.Pipeline.Stages;

/// <summary>For the page checks: where each content file's links were written, and the key that describes its page.</summary>
public static class ContentSourceLines
{
    public static IReadOnlyDictionary<string, SourceLines> Of(IReadOnlyDictionary<string, IReadOnlyList<BodyLink>> links, ParsedContent content)
    {
        IEnumerable<(string Url, int Line)> LinksOf(string file) =>
            links.TryGetValue(file, out var found) ? found.Select(link => (link.Url, link.Line)) : [];

        var result = links.ToDictionary(kv => kv.Key, kv => new SourceLines(kv.Key, LinksOf(kv.Key)), StringComparer.Ordinal);
        foreach (var post in content.Posts) result[post.SourcePath] = new SourceLines(post.SourcePath, LinksOf(post.SourcePath), "summary");
        foreach (var page in content.Pages) result[page.SourcePath] = new SourceLines(page.SourcePath, LinksOf(page.SourcePath), "description");
        return result;
    }
}
