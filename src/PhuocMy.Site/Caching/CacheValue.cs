using PhuocMy.Site.Dependencies;

namespace PhuocMy.Site.Caching;

/// <summary>
/// The bytes of a <see cref="CacheEntry"/>: in memory (made by a build without a cache folder, or not yet stored), or
/// in a <see cref="CacheValueFile"/> with the hash they had when written, so bytes damaged on disk are never used.
/// </summary>
public sealed class CacheValue
{
    private readonly byte[]? bytes;
    private readonly long offset;
    private readonly ContentHash hash;

    private CacheValue(byte[]? bytes, CacheValueFile? file, long offset, int length, ContentHash hash)
    {
        this.bytes = bytes;
        File = file;
        this.offset = offset;
        Length = length;
        this.hash = hash;
    }

    public static CacheValue Empty { get; } = new([], null, 0, 0, default);

    public static CacheValue InMemory(byte[] bytes) => bytes.Length == 0 ? Empty : new(bytes, null, 0, bytes.Length, default);

    internal static CacheValue InFile(CacheValueFile file, long offset, int length, ContentHash hash) =>
        length == 0 ? Empty : new(null, file, offset, length, hash);

    public int Length { get; }

    /// <summary>The file the bytes are in; null when they are in memory.</summary>
    internal CacheValueFile? File { get; }

    internal long Offset => offset;

    /// <summary>The hash of the bytes, without reading them back from the file.</summary>
    public ContentHash Hash => File is null ? ContentHash.Of(bytes) : hash;

    /// <summary>The first <paramref name="count"/> bytes (fewer when there are fewer), unverified: to peek at a header.</summary>
    public ReadOnlySpan<byte> Start(int count) =>
        File is null ? bytes.AsSpan(0, Math.Min(count, Length)) : File.Read(offset, Math.Min(count, Length)) ?? [];

    /// <summary>The bytes; false when the file no longer holds them as written (damaged, truncated).</summary>
    public bool TryRead(out byte[] value)
    {
        if (bytes is not null || File is null)
        {
            value = bytes ?? [];
            return true;
        }
        value = File.Read(offset, Length) is { } read && ContentHash.Of(read) == hash ? read : [];
        return value.Length == Length;
    }
}
