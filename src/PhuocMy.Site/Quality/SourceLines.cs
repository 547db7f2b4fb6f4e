using System.Text;
using PhuocMy.Site.Urls;

namespace PhuocMy.Site.Quality;

/// <summary>
/// Where in its author's file each link of a generated page was written, so a problem the page checks find (a broken
/// link, an image without alt text) is reported at that file and line, not only at the page. Addresses are compared
/// the way a browser reads them: percent-escapes decoded, in Unicode NFC.
/// </summary>
/// <param name="File">The Markdown file as the author knows it, e.g. <c>input/posts/2020/a.md</c>.</param>
/// <param name="DescriptionKey">The front matter key that gives the page its description: <c>summary</c> for a post.</param>
public sealed class SourceLines(string file, IEnumerable<(string Url, int Line)> links, string? descriptionKey = null)
{
    /// <summary>The front matter starts on the file's first line: a missing key is reported there.</summary>
    public const int FrontMatterLine = 1;

    private readonly Dictionary<string, List<int>> lines = links
        .GroupBy(link => Key(link.Url), link => link.Line, StringComparer.Ordinal)
        .ToDictionary(group => group.Key, group => group.Distinct().Order().ToList(), StringComparer.Ordinal);

    public string File { get; } = file;

    public string? DescriptionKey { get; } = descriptionKey;

    /// <summary>The lines on which <paramref name="url"/> was written, first to last; empty when it did not come from the file.</summary>
    public IReadOnlyList<int> LinesOf(string url) => lines.TryGetValue(Key(url), out var found) ? found : [];

    private static string Key(string url)
    {
        var key = SitePaths.Unescape(url.Trim());
        return key.IsNormalized(NormalizationForm.FormC) ? key : key.Normalize(NormalizationForm.FormC);
    }
}
