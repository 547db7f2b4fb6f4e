using Microsoft.Win32.SafeHandles;
using PhuocMy.Site.Dependencies;

namespace PhuocMy.Site.Caching;

/// <summary>
/// The bytes of one cache's entries (a post as parsed, a page's check findings, a page's search words), in a file of
/// their own beside <see cref="BuildCache.FileName"/>, which holds only the index. A build appends what it makes as it
/// makes it, so those bytes do not stay in memory, and reads the last build's values one at a time when a step asks,
/// so a rebuild does not load them all. One file per saved cache, named at random; the index names the file it uses.
/// </summary>
internal sealed class CacheValueFile : IDisposable
{
    private const string Prefix = "build-cache.";
    private const string Suffix = ".values";
    private readonly SafeFileHandle handle;
    private long end;

    private CacheValueFile(string path, SafeFileHandle handle, long end, bool writable)
    {
        Path = path;
        this.handle = handle;
        this.end = end;
        Writable = writable;
    }

    /// <summary>True for the file a build appends to; false for a saved cache's, which is only read.</summary>
    public bool Writable { get; }

    public string Path { get; }
    public string Name => System.IO.Path.GetFileName(Path);
    public long Length => Volatile.Read(ref end);

    /// <summary>True for a file name this class could have made (what a save may delete when it no longer uses it).</summary>
    public static bool IsValuesFile(string name) =>
        name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(Suffix, StringComparison.Ordinal) && name.Length == Prefix.Length + 32 + Suffix.Length;

    /// <summary>A new, empty file in <paramref name="folder"/>, for a build to append to.</summary>
    public static CacheValueFile Create(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = System.IO.Path.Combine(folder, $"{Prefix}{Guid.NewGuid():N}{Suffix}");
        return new CacheValueFile(path, File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Read | FileShare.Delete), 0, writable: true);
    }

    /// <summary>The file a saved index names, to read from; null when it is not there.</summary>
    public static CacheValueFile? Open(string folder, string name)
    {
        if (!IsValuesFile(name)) return null;
        var path = System.IO.Path.Combine(folder, name);
        if (!File.Exists(path)) return null;
        var opened = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
        return new CacheValueFile(path, opened, RandomAccess.GetLength(opened), writable: false);
    }

    /// <summary>Appends <paramref name="bytes"/> (from any thread) and returns where they are.</summary>
    public CacheValue Append(byte[] bytes)
    {
        var at = Interlocked.Add(ref end, bytes.Length) - bytes.Length;
        RandomAccess.Write(handle, bytes, at);
        return CacheValue.InFile(this, at, bytes.Length, ContentHash.Of(bytes));
    }

    /// <summary>The bytes at <paramref name="offset"/>, or null when the file is shorter than that.</summary>
    public byte[]? Read(long offset, int length)
    {
        if (offset < 0 || length < 0 || offset + length > Length) return null;
        var bytes = new byte[length];
        var done = 0;
        while (done < length)
        {
            var read = RandomAccess.Read(handle, bytes.AsSpan(done), offset + done);
            if (read <= 0) return null;
            done += read;
        }
        return bytes;
    }

    /// <summary>Deletes the files of older caches in <paramref name="folder"/>: every values file but <paramref name="kept"/>.</summary>
    public static void DeleteOthers(string folder, string kept)
    {
        foreach (var path in Directory.EnumerateFiles(folder, Prefix + "*" + Suffix))
        {
            if (System.IO.Path.GetFileName(path) == kept || !IsValuesFile(System.IO.Path.GetFileName(path))) continue;
            try
            {
                File.Delete(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Still open elsewhere (Windows): the next save removes it.
            }
        }
    }

    public void Dispose() => handle.Dispose();
}
