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

    public T? Parse<T>(SourceFile file, Func<DiagnosticBag, T?> parse, DiagnosticBag diagnostics) where T : class
    {
        var key = new ContentHasher().Add(file.Hash).Add(context).Finish();
        var bodies = session.BodiesOutOfMemory;
        if (step.TryReuse(file.DisplayPath, key, FileHash, value => Parsed<T>.Read(value, withBody: !bodies), out var cached, out var entry))
        {
            foreach (var diagnostic in cached.Diagnostics) diagnostics.Add(diagnostic);
            if (bodies) ReadBodyFrom(cached.Value, entry.Stored);
            return cached.Value;
        }

        var local = new DiagnosticBag();
        var (result, reads) = DependencyTracking.Track(() => parse(local));
        var made = new Parsed<T>(result, local.ToList());
        var kept = step.Keep(file.DisplayPath, new CacheEntry(key, CacheStep.Recorded(reads, FileHash), [], made.ToBytes()));
        if (bodies && kept.Stored.File is not null) ReadBodyFrom(result, kept.Stored);
        foreach (var diagnostic in made.Diagnostics) diagnostics.Add(diagnostic);
        return result;
    }

    /// <summary>The body of <paramref name="value"/>, if it has one, is read from the stored entry from now on instead of held.</summary>
    private static void ReadBodyFrom(object? value, CacheValue stored)
    {
        if (value is IParsedContent { Body: { } body })
            body.ReadFromNowOn(() => stored.TryRead(out var bytes) && Parsed<object>.BodyOf(bytes) is { } html
                ? html
                : throw new InvalidDataException("damaged cache value"));
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

    /// <summary>
    /// A parse result as the cache keeps it: the content (JSON) when the file parsed, what the parse reported, and the
    /// body's text (<see cref="BodyText"/>) last, so that it can be read alone when a page draws it.
    /// </summary>
    private sealed record Parsed<TValue>(TValue? Value, IReadOnlyList<Diagnostic> Diagnostics) where TValue : class
    {
        public byte[] ToBytes() => CacheCodec.Encode(writer =>
        {
            writer.WriteNullable(Value is null ? null : ContentJson.Write(Value));
            writer.Write(Diagnostics);
            writer.WriteNullable(Value is IParsedContent { Body: { } body } ? Encoding.UTF8.GetBytes(body.Html) : null);
        });

        public static bool HasValue(ReadOnlySpan<byte> start) => start.Length >= 4 && BitConverter.ToInt32(start) >= 0;

        /// <summary>The result; its body held in memory (<paramref name="withBody"/>) or left for <see cref="ReadBodyFrom"/>.</summary>
        public static Parsed<TValue>? Read(byte[] bytes, bool withBody) => CacheCodec.Decode(bytes, reader =>
        {
            var json = reader.ReadNullableBytes();
            var diagnostics = reader.ReadDiagnostics();
            var value = json is null ? null : ContentJson.Read<TValue>(json);
            if (!withBody)
                reader.SkipNullableBytes();
            else if (reader.ReadNullableBytes() is { } body && value is IParsedContent { Body: { } text })
                text.Hold(Encoding.UTF8.GetString(body));
            return new Parsed<TValue>(value, diagnostics);
        });

        /// <summary>The body's text alone; null when the bytes are not a parse result with a body.</summary>
        public static string? BodyOf(byte[] bytes) => CacheCodec.Decode(bytes, reader =>
        {
            reader.SkipNullableBytes();
            reader.ReadDiagnostics();
            return reader.ReadNullableBytes() is { } body ? Encoding.UTF8.GetString(body) : throw new InvalidDataException("no body");
        });
    }
}
