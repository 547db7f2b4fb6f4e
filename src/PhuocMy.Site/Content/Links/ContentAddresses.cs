using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Content.Links;

/// <summary>A folder of Markdown content and the address a file in it is published at, from its slug.</summary>
public sealed record ContentFolder(string Folder, Func<string, string> UrlOfSlug);

/// <summary>
/// Where each post and page is published, by its file (<c>posts/2020/hoi-nghi.md</c> → <c>/tin-tuc/hoi-nghi/</c>), so a
/// link to another post's <c>.md</c> file can become that post's address. A <c>slug:</c> in the front matter counts, so
/// this reads the front matter of every content file, but only the first time a body links to a <c>.md</c> file.
/// </summary>
public sealed class ContentAddresses
{
    private readonly Lazy<Dictionary<string, string>> byPath;

    public ContentAddresses(SourceTree tree, IReadOnlyList<ContentFolder> folders) =>
        byPath = new Lazy<Dictionary<string, string>>(() => Read(tree, folders));

    /// <summary>The address of the post or page at <paramref name="treePath"/> (e.g. <c>posts/2020/a.md</c>), or null.</summary>
    public string? UrlOf(string treePath) => byPath.Value.GetValueOrDefault(treePath);

    /// <summary>Content files with the same file name as <paramref name="treePath"/>, wherever they are.</summary>
    public IEnumerable<(string Path, string Url)> WithFileName(string treePath)
    {
        var name = Path.GetFileNameWithoutExtension(treePath);
        return byPath.Value.Where(kv => Path.GetFileNameWithoutExtension(kv.Key).Equals(name, StringComparison.OrdinalIgnoreCase))
            .Select(kv => (kv.Key, kv.Value));
    }

    private static Dictionary<string, string> Read(SourceTree tree, IReadOnlyList<ContentFolder> folders)
    {
        var scratch = new DiagnosticBag(); // the file's own parse reports its problems; this only needs its slug
        var addresses = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            foreach (var file in tree.Under(folder.Folder).Where(f => f.IsMarkdown && !f.IsHidden))
            {
                var text = SourceText.Read(file, scratch);
                var markdown = text is null ? null : FrontMatterParser.Parse(file.DisplayPath, text, scratch);
                var fields = new FieldReader(file.DisplayPath, markdown?.FrontMatter ?? FrontMatter.Empty, scratch);
                addresses[file.Path] = folder.UrlOfSlug(PostParser.SlugFor(file, fields, scratch));
            }
        }
        return addresses;
    }
}
