using PhuocMy.Site.Content;
using PhuocMy.Site.Quality;

namespace PhuocMy.Site.Pipeline.Stages;

/// <summary>For the page checks: where each content file's links were written, and the key that describes its page; every item carries its own (one read from the cache was not checked in this build).</summary>
public static class ContentSourceLines
{
    public static IReadOnlyDictionary<string, SourceLines> Of(IEnumerable<IParsedContent> parsed) =>
        parsed.ToDictionary(item => item.SourcePath, item => new SourceLines(item.SourcePath, item.BodyLinks.Select(link => (link.Url, link.Line)), item.DescriptionKey),
            StringComparer.Ordinal);
}
