using PhuocMy.Site.Dependencies;

namespace PhuocMy.Site.Caching;

/// <summary>How often a build could reuse what the last one made, per kind of work.</summary>
public sealed class CacheCounters
{
    private int parsedReused, parsedMade, renderedReused, renderedMade, checkedReused, checkedMade, generatedReused, generatedMade;

    public int ParsedReused => parsedReused;
    public int ParsedMade => parsedMade;
    public int RenderedReused => renderedReused;
    public int RenderedMade => renderedMade;
    public int CheckedReused => checkedReused;
    public int CheckedMade => checkedMade;
    public int GeneratedReused => generatedReused;
    public int GeneratedMade => generatedMade;

    public void Parse(bool reused) => Interlocked.Increment(ref reused ? ref parsedReused : ref parsedMade);
    public void Render(bool reused) => Interlocked.Increment(ref reused ? ref renderedReused : ref renderedMade);
    public void Check(bool reused) => Interlocked.Increment(ref reused ? ref checkedReused : ref checkedMade);
    public void Generate(bool reused) => Interlocked.Increment(ref reused ? ref generatedReused : ref generatedMade);
}

/// <summary>
/// One build's use of the cache: it reads the last build's results (<see cref="Previous"/>) and keeps, in
/// <see cref="Next"/>, every result this build used or made — and nothing else, so stale entries fall away.
/// </summary>
/// <param name="IsWritten">Whether the output folder holds, untouched, the file the last build wrote with this hash.</param>
/// <param name="ReadWritten">Reads a file of the output folder back.</param>
public sealed class CacheSession(BuildCache previous, Func<string, ContentHash, bool> isWritten, Func<string, ReadOnlyMemory<byte>> readWritten)
{
    /// <summary>A build without a cache: nothing to reuse, and what it makes is kept only in memory.</summary>
    public static CacheSession None() => new(new BuildCache(), (_, _) => false, _ => ReadOnlyMemory<byte>.Empty);

    public BuildCache Previous { get; } = previous;
    public BuildCache Next { get; } = new();
    public CacheCounters Counters { get; } = new();

    public bool IsWritten(string path, ContentHash hash) => isWritten(path, hash);

    public ReadOnlyMemory<byte> ReadWritten(string path) => readWritten(path);

    /// <summary>True when every recorded read still has the hash it had.</summary>
    public static bool StillValid(IReadOnlyList<RecordedRead> reads, Func<string, ContentHash> current)
    {
        foreach (var read in reads)
            if (current(read.Key) != read.Hash) return false;
        return true;
    }
}
