using PhuocMy.Site.Markdown;
using PhuocMy.Site.Quality;

namespace PhuocMy.Site.Pipeline.Stages;

/// <summary>For the page checks: where each content file's links were written (documents: as checked in this build), and the key that describes its page.</summary>
public static class ContentSourceLines
{
    public static IReadOnlyDictionary<string, SourceLines> Of(IReadOnlyDictionary<string, IReadOnlyList<BodyLink>> links, ParsedContent content)
    {
        IEnumerable<(string Url, int Line)> LinksOf(string file) =>
            links.TryGetValue(file, out var found) ? found.Select(link => (link.Url, link.Line)) : [];

        var result = links.ToDictionary(kv => kv.Key, kv => new SourceLines(kv.Key, LinksOf(kv.Key)), StringComparer.Ordinal);
        // Posts and pages carry their links: one read from the cache was not checked in this build.
        foreach (var post in content.Posts) result[post.SourcePath] = new SourceLines(post.SourcePath, post.BodyLinks.Select(link => (link.Url, link.Line)), "summary");
        foreach (var page in content.Pages) result[page.SourcePath] = new SourceLines(page.SourcePath, page.BodyLinks.Select(link => (link.Url, link.Line)), "description");
        return result;
    }
}
