using System.Text;
using PhuocMy.Site.Dependencies;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Urls;

namespace PhuocMy.Site.Sources;

/// <summary>The theme tree with the input tree laid over it: an input file replaces the theme file at the same path.</summary>
public sealed class SourceTree
{
    private readonly Dictionary<string, SourceFile> files;
    private readonly Dictionary<string, SourceFile> themeFiles;

    /// <remarks>
    /// Paths are kept in Unicode NFC: macOS saves "hội nghị.png" decomposed (NFD), Windows and the text of every post
    /// use the composed form, and a link must find the file either way. The site publishes the NFC name.
    /// </remarks>
    public SourceTree(IEnumerable<SourceFile> themeFiles, IEnumerable<SourceFile> inputFiles)
    {
        this.themeFiles = new Dictionary<string, SourceFile>(StringComparer.Ordinal);
        foreach (var file in themeFiles) this.themeFiles[NfcPath(file.Path)] = Composed(file);
        files = new Dictionary<string, SourceFile>(this.themeFiles, StringComparer.Ordinal);
        foreach (var file in inputFiles) files[NfcPath(file.Path)] = Composed(file);
    }

    /// <summary>What reading the folders refused or left out (links leading outside, loops, backups), each naming its file.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; init; } = [];

    private static string NfcPath(string path) => path.IsNormalized(NormalizationForm.FormC) ? path : path.Normalize(NormalizationForm.FormC);

    private static SourceFile Composed(SourceFile file) => file.Path.IsNormalized(NormalizationForm.FormC) ? file : file with { Path = NfcPath(file.Path) };

    public IEnumerable<SourceFile> Files => files.Values.OrderBy(f => f.Path, StringComparer.Ordinal);

    /// <summary>The file at <paramref name="path"/>; a tracked unit of work records that it looked (and so depends on whether it exists).</summary>
    public SourceFile? Find(string path)
    {
        DependencyTracking.Record(DependencyKey.File(path));
        return files.GetValueOrDefault(path);
    }

    /// <summary>The file at <paramref name="path"/>, read by the build cache itself, without recording a dependency.</summary>
    public SourceFile? Peek(string path) => files.GetValueOrDefault(path);

    /// <summary>The file an author knows as <paramref name="displayPath"/> (<c>input/posts/a.md</c>), without recording; null if another layer's file is there.</summary>
    public SourceFile? PeekDisplayPath(string displayPath) =>
        SitePaths.TreePathOfDisplayPath(displayPath) is { } path && Peek(path) is { } file && file.DisplayPath == displayPath ? file : null;

    /// <summary>The theme's own file at a path, even when input/ replaces it: for settings only the theme may make.</summary>
    public SourceFile? FindInTheme(string path) => themeFiles.GetValueOrDefault(path);

    public IEnumerable<SourceFile> Under(string folder) =>
        Files.Where(f => f.Path.StartsWith(folder.TrimEnd('/') + "/", StringComparison.Ordinal));

    /// <summary>Reads both folders from disk (see <see cref="SourceReader"/>). Inputs are only ever read.</summary>
    public static SourceTree FromDisk(string inputDirectory, string themeDirectory)
    {
        var problems = new List<Diagnostic>();
        var theme = SourceReader.Read(themeDirectory, SourceLayer.Theme, problems);
        var input = SourceReader.Read(inputDirectory, SourceLayer.Input, problems);
        return new SourceTree(theme, input) { Problems = problems.OrderBy(p => p.File, StringComparer.Ordinal).ToList() };
    }

    /// <summary>For whole-site tests: a tree given as path → text.</summary>
    public static SourceTree FromMemory(IReadOnlyDictionary<string, string> theme, IReadOnlyDictionary<string, string> input) =>
        new(theme.Select(kv => Text(kv.Key, SourceLayer.Theme, kv.Value)), input.Select(kv => Text(kv.Key, SourceLayer.Input, kv.Value)));

    private static SourceFile Text(string path, SourceLayer layer, string text) =>
        new(path, layer, System.Text.Encoding.UTF8.GetBytes(text));
}
