namespace PhuocMy.Site.Output;

/// <summary>
/// One file of the finished site, held in memory until the whole build has succeeded.
/// <paramref name="Sources"/> lists the input paths that fed it, so a preview server knows what an edit affects.
/// </summary>
/// <param name="Path">Relative output path with '/' separators, e.g. <c>tin-tuc/hoi-nghi/index.html</c>.</param>
public sealed record OutputFile(string Path, ReadOnlyMemory<byte> Content, IReadOnlyList<string> Sources)
{
    /// <summary>The one content file an author would edit to change this page, when there is one.</summary>
    public string? Origin { get; init; }

    public bool IsHtml => Path.EndsWith(".html", StringComparison.Ordinal);
}
