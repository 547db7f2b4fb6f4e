namespace PhuocMy.Site.Quality;

/// <summary>The set of files the build is about to write, to resolve internal links against.</summary>
public sealed class OutputIndex(IEnumerable<string> outputPaths)
{
    private readonly HashSet<string> paths = new(outputPaths, StringComparer.Ordinal);

    public bool Contains(string outputPath) => paths.Contains(outputPath);

    /// <summary>The path that differs from <paramref name="outputPath"/> only in upper and lower case, if there is one.</summary>
    public string? FindIgnoringCase(string outputPath) =>
        paths.FirstOrDefault(path => string.Equals(path, outputPath, StringComparison.OrdinalIgnoreCase));
}
