using PhuocMy.Site.Dependencies;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Caching;

/// <summary>
/// Parsing of content files through the cache: a file whose bytes, parse context and recorded reads are unchanged
/// is not parsed again, and its warnings are reported again exactly as the first time.
/// </summary>
/// <param name="context">Everything every file's parse depends on (settings, the data tables' ids, the generator).</param>
public sealed class ParseCache(CacheSession session, ContentHash context, SourceTree tree)
{
    public T? Parse<T>(SourceFile file, Func<DiagnosticBag, T?> parse, DiagnosticBag diagnostics) where T : class
    {
        if (session.Previous.Parsed.TryGetValue(file.DisplayPath, out var entry)
            && entry.FileHash == file.Hash && entry.ContextHash == context
            && CacheSession.StillValid(entry.Reads, FileHash)
            && TryRead<T>(entry, out var cached))
        {
            session.Counters.Parse(reused: true);
            Keep(file, entry, diagnostics);
            return cached;
        }

        session.Counters.Parse(reused: false);
        var local = new DiagnosticBag();
        var (result, reads) = DependencyTracking.Track(() => parse(local));
        var made = new ParseEntry(file.Hash, context, reads.Select(key => new RecordedRead(key, FileHash(key))).ToList(),
            result is null ? null : ContentJson.Write(result), local.ToList());
        Keep(file, made, diagnostics);
        return result;
    }

    /// <summary>The hash that stands for a parsed file's content, for dependants of the whole of it.</summary>
    public ContentHash HashOf(string displayPath) =>
        session.Next.Parsed.TryGetValue(displayPath, out var entry) && entry.Json is { } json ? ContentHash.Of(json) : ContentHash.Absent;

    /// <summary>What parsing a content file read (a charted data table, a linked file), for listing a page's sources.</summary>
    public IReadOnlyList<RecordedRead> ReadsOf(string displayPath) =>
        session.Next.Parsed.TryGetValue(displayPath, out var entry) ? entry.Reads : [];

    /// <summary>Every content file parsed or reused this build, with the keys of what its parse read.</summary>
    public IEnumerable<(string DisplayPath, IEnumerable<string> Keys)> AllReads() =>
        session.Next.Parsed.Select(kv => (kv.Key, kv.Value.Reads.Select(read => read.Key)));

    private void Keep(SourceFile file, ParseEntry entry, DiagnosticBag diagnostics)
    {
        session.Next.Parsed[file.DisplayPath] = entry;
        foreach (var diagnostic in entry.Diagnostics) diagnostics.Add(diagnostic);
    }

    /// <summary>Parse-time reads are files of the tree (a data table a chart draws, a file a link names).</summary>
    private ContentHash FileHash(string key) =>
        key.StartsWith("file:", StringComparison.Ordinal) && tree.Peek(key[5..]) is { } file ? file.Hash
        : key.StartsWith("file:", StringComparison.Ordinal) ? ContentHash.Absent
        : new ContentHash(ulong.MaxValue, (ulong)Random.Shared.NextInt64());

    private static bool TryRead<T>(ParseEntry entry, out T? value) where T : class
    {
        value = null;
        if (entry.Json is null) return true;
        try
        {
            value = ContentJson.Read<T>(entry.Json);
            return true;
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidDataException or NotSupportedException)
        {
            return false;
        }
    }
}
