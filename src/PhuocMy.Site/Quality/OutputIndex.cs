namespace PhuocMy.Site.Quality;

/// <summary>The set of files the build is about to write, to resolve internal links against.</summary>
public sealed class OutputIndex(IEnumerable<string> outputPaths)
{
    private readonly HashSet<string> paths = new(outputPaths, StringComparer.Ordinal);

    public bool Contains(string outputPath) => paths.Contains(outputPath);
}
