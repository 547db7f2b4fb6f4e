using PhuocMy.Site.Dependencies;

namespace PhuocMy.Site.Caching;

/// <summary>
/// The one way the build reuses work: a named section of the cache (<c>parse</c>, <c>render</c>, <c>check</c>…) whose
/// entries, by name, are reused only while their key, their recorded reads and their files in the output folder all
/// still hold. Every lookup is counted (<see cref="CacheCounters"/>), and every entry used or made is kept for the next
/// build — nothing else, so stale entries fall away.
/// </summary>
public sealed class CacheStep
{
    private readonly CacheSession session;

    internal CacheStep(CacheSession session, string section)
    {
        this.session = session;
        Section = section;
    }

    public string Section { get; }

    /// <summary>
    /// The last build's entry for <paramref name="name"/> when it was made from the same <paramref name="key"/>, its
    /// reads have the hashes <paramref name="current"/> gives now, and its files are in the output folder untouched;
    /// then it is kept for the next build.
    /// </summary>
    public bool TryReuse(string name, ContentHash key, Func<DependencyKey, ContentHash>? current, out CacheEntry entry) =>
        TryReuse(name, key, current, static value => value, out _, out entry);

    /// <summary>As <see cref="TryReuse(string, ContentHash, Func{DependencyKey, ContentHash}?, out CacheEntry)"/>, and the
    /// entry's bytes read back by <paramref name="read"/>; bytes it cannot read (null) count as a miss.</summary>
    public bool TryReuse<T>(string name, ContentHash key, Func<DependencyKey, ContentHash>? current, Func<byte[], T?> read, out T value, out CacheEntry entry)
    {
        value = default!;
        entry = null!;
        if (Peek(name) is { } found && found.Key == key && StillValid(found.Reads, current) && StillWritten(found.Outputs)
            && found.Stored.TryRead(out var bytes) && read(bytes) is { } decoded)
        {
            session.Counters.Count(Section, reused: true);
            session.Next.Section(Section)[name] = found;
            (value, entry) = (decoded, found);
            return true;
        }
        session.Counters.Count(Section, reused: false);
        return false;
    }

    /// <summary>The bytes the last build made from the same <paramref name="key"/> (nothing else recorded), else made now; kept either way.</summary>
    public byte[] GetOrMake(string name, ContentHash key, Func<byte[]> make) =>
        TryReuse(name, key, null, out var entry) ? entry.Value : Keep(name, CacheEntry.Of(key, make())).Value;

    /// <summary>Keeps what this build made for the next build (its bytes go to the cache's values file at once, when there is one).</summary>
    public CacheEntry Keep(string name, CacheEntry made) => session.Next.Section(Section)[name] = session.Store(made);

    /// <summary>The reads a made result recorded, with the hashes <paramref name="current"/> gives them now.</summary>
    public static IReadOnlyList<RecordedRead> Recorded(IEnumerable<DependencyKey> reads, Func<DependencyKey, ContentHash> current) =>
        reads.Select(key => new RecordedRead(key, current(key))).ToList();

    /// <summary>The last build's entry, unchecked and uncounted: to ask whether a lookup could succeed.</summary>
    public CacheEntry? Peek(string name) => session.Previous.Section(Section).GetValueOrDefault(name);

    /// <summary>The entries this build used or made so far.</summary>
    public IEnumerable<KeyValuePair<string, CacheEntry>> Kept => session.Next.Section(Section);

    /// <summary>This build's entry (used or made) for <paramref name="name"/>, if any.</summary>
    public CacheEntry? KeptEntry(string name) => session.Next.Section(Section).GetValueOrDefault(name);

    private static bool StillValid(IReadOnlyList<RecordedRead> reads, Func<DependencyKey, ContentHash>? current)
    {
        if (reads.Count == 0) return true;
        if (current is null) return false;
        foreach (var read in reads)
            if (current(read.Key) != read.Hash) return false;
        return true;
    }

    private bool StillWritten(IReadOnlyList<WrittenOutput> outputs)
    {
        foreach (var output in outputs)
            if (!session.IsWritten(output.Path, output.Hash)) return false;
        return true;
    }
}
