using PhuocMy.Site.Dependencies;

namespace PhuocMy.Site.Output;

/// <summary>
/// One file of the finished site: its bytes in memory, or, once a build from disk has staged it
/// (<see cref="StagedSite"/>), in the folder beside the output that becomes the site when the whole build succeeded.
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

    /// <summary>True when its bytes are already in the staging folder and no longer in memory.</summary>
    public bool Staged { get; init; }

    /// <summary>Reads the bytes of a file that is <see cref="AlreadyWritten"/> or <see cref="Staged"/>.</summary>
    public Func<ReadOnlyMemory<byte>>? ReadWritten { get; init; }

    public ContentHash Hash => hash ??= AlreadyWritten || Staged ? KnownHash : ContentHash.Of(Content.Span);

    private ContentHash? hash;
    private ContentHash KnownHash { get; init; }

    /// <summary>The content, read back from the output or staging folder when it is not in memory.</summary>
    public ReadOnlyMemory<byte> Bytes() => AlreadyWritten || Staged ? ReadWritten!() : Content;

    /// <summary>A file the output folder already holds, unchanged: nothing to make and nothing to write.</summary>
    public static OutputFile Unchanged(string path, ContentHash hash, IReadOnlyList<string> sources, Func<ReadOnlyMemory<byte>> read) =>
        new(path, ReadOnlyMemory<byte>.Empty, sources) { AlreadyWritten = true, ReadWritten = read, KnownHash = hash };

    /// <summary>This file once its bytes are in the staging folder, read from there by <paramref name="read"/>.</summary>
    public OutputFile InStaging(Func<ReadOnlyMemory<byte>> read) =>
        this with { Content = ReadOnlyMemory<byte>.Empty, Staged = true, ReadWritten = read, KnownHash = Hash };
}
