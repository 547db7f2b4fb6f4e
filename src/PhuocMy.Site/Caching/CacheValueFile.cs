using Microsoft.Win32.SafeHandles;
using PhuocMy.Site.Dependencies;

namespace PhuocMy.Site.Caching;

/// <summary>
/// The bytes of one cache's entries (a post as parsed, a page's check findings, a page's search words), in a file of
/// their own beside <see cref="BuildCache.FileName"/>, which holds only the index. A build appends what it makes as it
/// makes it, so those bytes do not stay in memory, and reads the last build's values one at a time when a step asks,
/// so a rebuild does not load them all. A build appends to the last build's file (<see cref="ForAppending"/>), whose
/// bytes it only ever adds to, so the last index stays valid until the new one replaces it and a rebuild copies
/// nothing; a save starts a new file, named at random, when most of the old one is no longer used.
/// </summary>
internal sealed class CacheValueFile : IDisposable
{
    private const string Prefix = "build-cache.";
    private const string Suffix = ".values";
    private readonly SafeFileHandle handle;
    private long end;

    private CacheValueFile(string path, SafeFileHandle handle, long end, bool writable, bool continuesSaved = false)
    {
        Path = path;
        this.handle = handle;
        this.end = end;
        Writable = writable;
        ContinuesSaved = continuesSaved;
    }

    /// <summary>True for the file a build appends to; false for a saved cache's, which is only read.</summary>
    public bool Writable { get; }

    /// <summary>True when this build appends to the file a saved index names (which must then not be deleted).</summary>
    public bool ContinuesSaved { get; }

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
        var opened = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return new CacheValueFile(path, opened, RandomAccess.GetLength(opened), writable: false);
    }

    /// <summary>The same file, to append to after what it holds; null when it cannot be opened for writing.</summary>
    public CacheValueFile? ForAppending()
    {
        try
        {
            var opened = File.OpenHandle(Path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
            return new CacheValueFile(Path, opened, RandomAccess.GetLength(opened), writable: true, continuesSaved: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>True when <paramref name="other"/> is this file, opened apart (the saved cache's, and this build's continuing it).</summary>
    public bool IsSameFile(CacheValueFile? other) => other is not null && other.Path == Path;

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
