using PhuocMy.Site.Dependencies;

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

    /// <summary>
    /// True when the build cache found that the output folder already holds exactly this file (same hash as the
    /// last build wrote, untouched since): its bytes were not made again, and writing leaves it as it is.
    /// </summary>
    public bool AlreadyWritten { get; init; }

    /// <summary>Reads the bytes of a file that is <see cref="AlreadyWritten"/>.</summary>
    public Func<ReadOnlyMemory<byte>>? ReadWritten { get; init; }

    public ContentHash Hash => hash ??= AlreadyWritten ? KnownHash : ContentHash.Of(Content.Span);

    private ContentHash? hash;
    private ContentHash KnownHash { get; init; }

    /// <summary>The content, read back from the output folder when it was not made again.</summary>
    public ReadOnlyMemory<byte> Bytes() => AlreadyWritten ? ReadWritten!() : Content;

    /// <summary>A file the output folder already holds, unchanged: nothing to make and nothing to write.</summary>
    public static OutputFile Unchanged(string path, ContentHash hash, IReadOnlyList<string> sources, Func<ReadOnlyMemory<byte>> read) =>
        new(path, ReadOnlyMemory<byte>.Empty, sources) { AlreadyWritten = true, ReadWritten = read, KnownHash = hash };
}
