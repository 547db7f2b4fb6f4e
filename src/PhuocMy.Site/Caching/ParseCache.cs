using System.Text;
using PhuocMy.Site.Content;
using PhuocMy.Site.Dependencies;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Caching;

/// <summary>
/// Parsing of content files through the <c>parse</c> cache step: a file whose bytes, parse context and recorded reads
/// are unchanged is not parsed again, and its warnings are reported again exactly as the first time.
/// </summary>
/// <param name="context">Everything every file's parse depends on (settings, the data tables' ids, the generator).</param>
public sealed class ParseCache(CacheSession session, ContentHash context, SourceTree tree)
{
    private readonly CacheStep step = session.Step(CacheSections.Parse);

    /// <summary>Posts' bodies, apart from the rest of the post, so that reusing a post does not read its body (<see cref="BodyText"/>).</summary>
    private readonly CacheStep bodies = session.Step(CacheSections.Body);

    public T? Parse<T>(SourceFile file, Func<DiagnosticBag, T?> parse, DiagnosticBag diagnostics) where T : class
    {
        var key = new ContentHasher().Add(file.Hash).Add(context).Finish();
        var path = file.DisplayPath;
        if (step.TryReuse(path, key, FileHash, value => Parsed<T>.Read(value) is { } parsed && ReuseBody(path, parsed.Value, parse) ? parsed : null, out var cached, out _))
        {
            foreach (var diagnostic in cached.Diagnostics) diagnostics.Add(diagnostic);
            return cached.Value;
        }

        var local = new DiagnosticBag();
        var (result, reads) = DependencyTracking.Track(() => parse(local));
        var made = new Parsed<T>(result, local.ToList());
        step.Keep(path, new CacheEntry(key, CacheStep.Recorded(reads, FileHash), [], made.ToBytes()));
        if (result is IParsedContent { Body: { } body })
        {
            var stored = bodies.Keep(path, CacheEntry.Of(body.Hash, Encoding.UTF8.GetBytes(body.Html)));
            if (session.BodiesOutOfMemory && stored.Stored.File is not null) body.ReadFromNowOn(() => TextOf(stored) ?? ParsedAgain(parse, body.Hash));
        }
        foreach (var diagnostic in made.Diagnostics) diagnostics.Add(diagnostic);
        return result;
    }

    /// <summary>
    /// Gives a reused item's body its text: kept where the last build stored it, and read from there when drawn (or at
    /// once, for a build that keeps bodies in memory). False when the last build has no such body: the file is parsed again.
    /// </summary>
    private bool ReuseBody<T>(string path, object? value, Func<DiagnosticBag, T?> parse)
    {
        if (value is not IParsedContent { Body: { } body }) return true;
        if (bodies.Peek(path) is not { } found || found.Key != body.Hash) return false;
        if (session.BodiesOutOfMemory)
            body.ReadFromNowOn(() => TextOf(found) ?? ParsedAgain(parse, body.Hash));
        else if (found.Stored.TryRead(out var bytes))
            body.Hold(Encoding.UTF8.GetString(bytes));
        else
            return false;
        bodies.Keep(path, found);
        return true;
    }

    /// <summary>A body's text, checked against the hash it was stored with; null when the values file no longer holds it as written.</summary>
    private static string? TextOf(CacheEntry stored) => stored.Stored.TryRead(out var bytes) ? Encoding.UTF8.GetString(bytes) : null;

    /// <summary>
    /// The body of the file parsed again, for a body whose stored text was damaged after the build reused it: the file
    /// is the one the entry was made from (its hash is in the entry's key), so its body is the same, which the hash checks.
    /// </summary>
    private static string ParsedAgain<T>(Func<DiagnosticBag, T?> parse, ContentHash expected)
    {
        var (value, _) = DependencyTracking.Track(() => parse(new DiagnosticBag()));
        return value is IParsedContent { Body: { } body } && body.Hash == expected && body.InMemory
            ? body.Html
            : throw new InvalidDataException("damaged cache value");
    }

    /// <summary>The hash that stands for a parsed file's content, for dependants of the whole of it.</summary>
    public ContentHash HashOf(string displayPath) =>
        step.KeptEntry(displayPath) is { } entry && Parsed<object>.HasValue(entry.Stored.Start(4)) ? entry.Stored.Hash : ContentHash.Absent;

    /// <summary>What parsing a content file read (a charted data table, a linked file), for listing a page's sources.</summary>
    public IReadOnlyList<RecordedRead> ReadsOf(string displayPath) => step.KeptEntry(displayPath)?.Reads ?? [];

    /// <summary>Every content file parsed or reused this build, with the keys of what its parse read.</summary>
    public IEnumerable<(string DisplayPath, IEnumerable<DependencyKey> Keys)> AllReads() =>
        step.Kept.Select(kv => (kv.Key, kv.Value.Reads.Select(read => read.Key)));

    /// <summary>Parse-time reads are files of the tree (a data table a chart draws, a file a link names).</summary>
    private ContentHash FileHash(DependencyKey key) => key.Kind switch
    {
        DependencyKind.File => tree.Peek(key.Name)?.Hash ?? ContentHash.Absent,
        // Parsing reads nothing else; whatever else it recorded is never taken as unchanged.
        _ => new ContentHash(ulong.MaxValue, (ulong)Random.Shared.NextInt64()),
    };

    /// <summary>A parse result as the cache keeps it: the content (JSON, a post's body as its hash only) when the file parsed, and what the parse reported.</summary>
    private sealed record Parsed<TValue>(TValue? Value, IReadOnlyList<Diagnostic> Diagnostics) where TValue : class
    {
        public byte[] ToBytes() => CacheCodec.Encode(writer =>
        {
            writer.WriteNullable(Value is null ? null : ContentJson.Write(Value));
            writer.Write(Diagnostics);
        });

        public static bool HasValue(ReadOnlySpan<byte> start) => start.Length >= 4 && BitConverter.ToInt32(start) >= 0;

        public static Parsed<TValue>? Read(byte[] bytes) => CacheCodec.Decode(bytes, reader =>
        {
            var json = reader.ReadNullableBytes();
            var diagnostics = reader.ReadDiagnostics();
            return new Parsed<TValue>(json is null ? null : ContentJson.Read<TValue>(json), diagnostics);
        });
    }
}
