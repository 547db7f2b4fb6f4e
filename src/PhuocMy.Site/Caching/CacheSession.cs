using System.Collections.Concurrent;
using PhuocMy.Site.Dependencies;

namespace PhuocMy.Site.Caching;

/// <summary>How often a build could reuse what the last one made, per cache section (<see cref="CacheStep.Section"/>).</summary>
public sealed class CacheCounters
{
    private readonly ConcurrentDictionary<string, int[]> counts = new(StringComparer.Ordinal);

    public int Reused(string section) => counts.TryGetValue(section, out var c) ? Volatile.Read(ref c[0]) : 0;
    public int Made(string section) => counts.TryGetValue(section, out var c) ? Volatile.Read(ref c[1]) : 0;

    public int ParsedReused => Reused(CacheSections.Parse);
    public int ParsedMade => Made(CacheSections.Parse);
    public int RenderedReused => Reused(CacheSections.Render);
    public int RenderedMade => Made(CacheSections.Render);
    public int CheckedReused => Reused(CacheSections.Check);
    public int CheckedMade => Made(CacheSections.Check);

    /// <summary>Files made after rendering from one hash of their inputs (sharing cards): <see cref="OutputReuse"/>.</summary>
    public int GeneratedReused => Reused(CacheSections.Output);
    public int GeneratedMade => Made(CacheSections.Output);

    internal void Count(string section, bool reused) =>
        Interlocked.Increment(ref counts.GetOrAdd(section, _ => new int[2])[reused ? 0 : 1]);
}

/// <summary>The engine's own cache sections; features name theirs where they use them.</summary>
public static class CacheSections
{
    public const string Parse = "parse";
    public const string Render = "render";
    public const string Check = "check";

    /// <summary>Posts' bodies, kept apart from the parse results (<see cref="ParseCache"/>).</summary>
    public const string Body = "body";
    public const string Output = "output";
}

/// <summary>
/// One build's use of the cache: it reads the last build's results (<see cref="Previous"/>) and keeps, in
/// <see cref="Next"/>, every result this build used or made — and nothing else, so stale entries fall away. All reuse
/// goes through its steps (<see cref="Step"/>).
/// </summary>
/// <param name="isWritten">Whether the output folder holds, untouched, the file the last build wrote with this hash.</param>
/// <param name="readWritten">Reads a file of the output folder back.</param>
public sealed class CacheSession(BuildCache previous, Func<string, ContentHash, bool> isWritten, Func<string, ReadOnlyMemory<byte>> readWritten)
{
    private readonly ConcurrentDictionary<string, CacheStep> steps = new(StringComparer.Ordinal);

    /// <summary>A build without a cache: nothing to reuse, and what it makes is kept only in memory.</summary>
    public static CacheSession None() => new(new BuildCache(), (_, _) => false, _ => ReadOnlyMemory<byte>.Empty);

    public BuildCache Previous { get; } = previous;
    public BuildCache Next { get; } = new();
    public CacheCounters Counters { get; } = new();

    /// <summary>
    /// The cache folder on disk, for features that keep large results beside the build cache (image variants,
    /// content-addressed); null when the build keeps no cache, and such results are made in memory only.
    /// </summary>
    public string? Folder { get; init; }

    /// <summary>
    /// Whether posts' bodies leave memory once their parse is in the values file (<see cref="Content.BodyText"/>): with a
    /// cache folder, unless what the build made outlives the build (the preview keeps it, and the values files close).
    /// </summary>
    public bool BodiesOutOfMemory { get; init; }

    private readonly Lock valuesGate = new();

    /// <summary>
    /// <paramref name="made"/> with its bytes moved to the values file of <see cref="Next"/> (<see cref="CacheValueFile"/>),
    /// so a build does not hold what it keeps for the next one; as it is without a cache folder, or when the file
    /// cannot be written (a full disk: the build goes on, and says so if its output cannot be written either).
    /// </summary>
    internal CacheEntry Store(CacheEntry made)
    {
        if (Folder is null || made.Stored.File is not null || made.Stored.Length == 0) return made;
        try
        {
            if (Next.Values is null)
                lock (valuesGate) Next.Values ??= ContinuedValues() ?? CacheValueFile.Create(Folder);
            return made with { Stored = Next.Values.Append(made.Value) };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return made;
        }
    }

    /// <summary>The last build's values file, to append to, when it is in this cache folder.</summary>
    private CacheValueFile? ContinuedValues() =>
        Previous.Values is { } saved && Path.GetDirectoryName(saved.Path) == Path.GetFullPath(Folder!).TrimEnd(Path.DirectorySeparatorChar)
            ? saved.ForAppending()
            : null;

    /// <summary>
    /// Ends the session: closes the values files, and deletes this build's own unless it was saved (what it appended to
    /// the last build's file stays there, unused, until a save starts a new file).
    /// </summary>
    public void Close()
    {
        Previous.Values?.Dispose();
        if (Next.Values is not { } values) return;
        values.Dispose();
        if (!Next.Saved && !values.ContinuesSaved)
        {
            try
            {
                File.Delete(values.Path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The next save deletes it (CacheValueFile.DeleteOthers).
            }
        }
    }

    /// <summary>The cache step of <paramref name="section"/>: one per section and build.</summary>
    public CacheStep Step(string section) => steps.GetOrAdd(section, name => new CacheStep(this, name));

    public bool IsWritten(string path, ContentHash hash) => isWritten(path, hash);

    public ReadOnlyMemory<byte> ReadWritten(string path) => readWritten(path);
}
