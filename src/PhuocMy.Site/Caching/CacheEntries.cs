using PhuocMy.Site.Dependencies;

namespace PhuocMy.Site.Caching;

/// <summary>A dependency as it was when a result was made: still valid while the key has the same hash.</summary>
public readonly record struct RecordedRead(DependencyKey Key, ContentHash Hash);

/// <summary>A file a cached result put in the output folder, with the hash it had.</summary>
public readonly record struct WrittenOutput(string Path, ContentHash Hash);

/// <summary>
/// One cached result of a <see cref="CacheStep"/>: valid while what it was made from hashes to <paramref name="Key"/>,
/// every read it recorded still has the hash it had, and every file it put in the output folder is still there as
/// written. What the result is (parsed content, a page check's findings, a search page's words) is the step's
/// business: here it is only bytes.
/// </summary>
public sealed record CacheEntry(ContentHash Key, IReadOnlyList<RecordedRead> Reads, IReadOnlyList<WrittenOutput> Outputs)
{
    public CacheEntry(ContentHash key, IReadOnlyList<RecordedRead> reads, IReadOnlyList<WrittenOutput> outputs, byte[] value) : this(key, reads, outputs) =>
        Stored = CacheValue.InMemory(value);

    /// <summary>Where the result's bytes are: in memory, or in the cache's values file (<see cref="CacheValueFile"/>).</summary>
    public CacheValue Stored { get; init; } = CacheValue.Empty;

    /// <summary>The result's bytes; read from the values file when stored there, and refused when damaged there.</summary>
    /// <exception cref="InvalidDataException">The values file no longer holds the bytes as written.</exception>
    public byte[] Value
    {
        get => Stored.TryRead(out var value) ? value : throw new InvalidDataException("damaged cache value");
        init => Stored = CacheValue.InMemory(value);
    }

    public static CacheEntry Of(ContentHash key, byte[] value) => new(key, [], [], value);

    public static CacheEntry Wrote(ContentHash key, IReadOnlyList<WrittenOutput> outputs) => new(key, [], outputs, []);
}

/// <summary>A file as the last successful build wrote it into the output folder.</summary>
public sealed record WrittenFile(ContentHash Hash, long Length, long LastWriteTicks);
