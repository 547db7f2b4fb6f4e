using System.Text;
using PhuocMy.Site.Composition;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Sources;
using PhuocMy.Site.Testing;

namespace PhuocMy.Site.Tests.Incremental;

/// <summary>
/// A copy of the portal's input/ and theme/ in a temporary folder, to edit and build again and again: incrementally
/// (from the last build's cache, into the same output folder) and fully (from scratch, in memory), for comparison.
/// </summary>
public sealed class WorkingSite : IDisposable
{
    private readonly string root = TempFolders.Create("incremental");

    public WorkingSite()
    {
        Copy(RepositoryPaths.Input, Input);
        Copy(RepositoryPaths.Theme, Theme);
    }

    public string Input => Path.Combine(root, "input");
    public string Theme => Path.Combine(root, "theme");
    public string Output => Path.Combine(root, "out", "_site");
    public string CacheFolder => Path.Combine(root, "cache");

    public BuildResult Incremental(DateTimeOffset? now = null)
    {
        var result = SiteBuilder.Build(new BuildOptions(Input, Theme, Output) { CacheDirectory = CacheFolder, Now = now }, StandardSite.Generator());
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        return result;
    }

    public GenerationResult Full(DateTimeOffset? now = null, bool keepLiveSite = false)
    {
        var result = StandardSite.Generator().Generate(SourceTree.FromDisk(Input, Theme), new GenerationOptions { Now = now, KeepLiveSite = keepLiveSite });
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        return result;
    }

    /// <summary>Every file of the output folder (the generator keeps its marker and lock beside it, never inside).</summary>
    public Dictionary<string, byte[]> OutputFiles() =>
        Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Output, path).Replace('\\', '/'))
            .ToDictionary(path => path, path => File.ReadAllBytes(Path.Combine(Output, path)), StringComparer.Ordinal);

    /// <summary>The differences between the incremental output folder and a full build of the same inputs (none when sound).</summary>
    public IReadOnlyList<string> DifferencesFromFull(DateTimeOffset? now = null)
    {
        var full = Full(now).Files.ToDictionary(f => f.Path, f => f.Bytes().ToArray(), StringComparer.Ordinal);
        var incremental = OutputFiles();
        var problems = new List<string>();
        problems.AddRange(full.Keys.Except(incremental.Keys).Select(path => $"missing from the incremental output: {path}"));
        problems.AddRange(incremental.Keys.Except(full.Keys).Select(path => $"stale in the incremental output: {path}"));
        foreach (var path in full.Keys.Intersect(incremental.Keys).Where(path => !full[path].AsSpan().SequenceEqual(incremental[path])))
            problems.Add($"differs: {path}: {FirstDifference(full[path], incremental[path])}");
        return problems;
    }

    public string PathOf(string relative) => Path.Combine(root, relative);

    public string Read(string relative) => File.ReadAllText(PathOf(relative), Encoding.UTF8);

    public void Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }

    /// <summary>All files of input/ and theme/, as paths relative to the working site ("input/posts/2020/x.md").</summary>
    public IReadOnlyList<string> SourceFiles() =>
        Directory.EnumerateFiles(Input, "*", SearchOption.AllDirectories).Concat(Directory.EnumerateFiles(Theme, "*", SearchOption.AllDirectories))
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    public void Dispose()
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }

    private static string FirstDifference(byte[] expected, byte[] actual)
    {
        var at = 0;
        while (at < expected.Length && at < actual.Length && expected[at] == actual[at]) at++;
        string Around(byte[] bytes) => Encoding.UTF8.GetString(bytes, Math.Max(0, at - 60), Math.Min(bytes.Length, at + 60) - Math.Max(0, at - 60));
        return $"at byte {at}: full «{Around(expected)}» incremental «{Around(actual)}»";
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
