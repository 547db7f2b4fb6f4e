using System.Security.Cryptography;
using System.Text;
using PhuocMy.Site.Search.Binary;

namespace PhuocMy.Site.Search.Tokens;

/// <summary>
/// Everything the index needs from one document, computed once per document: its words with where they occur,
/// the number of words in its body, and the result entry the browser shows (title, date, section, text for the
/// snippet). Deterministic for a given <see cref="SearchDocument"/>, and compact in memory and as bytes, so the
/// generator can keep it per document and re-tokenize only documents that changed.
/// </summary>
public sealed class DocumentTokens
{
    /// <summary>
    /// Changes whenever tokenizing, folding or this format changes: part of the cache key, so cached tokens of an
    /// older version are never mixed with new ones.
    /// </summary>
    public const string FormatVersion = "phuocmy-search-tokens/1";

    private const byte FormatByte = 1;

    private readonly byte[] termData;
    private readonly byte[] entry;

    internal DocumentTokens(
        string url, string title, string section, SearchDocumentKind kind, DateTimeOffset? date,
        int bodyLength, int termCount, byte[] termData, byte[] entry)
    {
        Url = url;
        Title = title;
        Section = section;
        Kind = kind;
        Date = date;
        BodyLength = bodyLength;
        TermCount = termCount;
        this.termData = termData;
        this.entry = entry;
    }

    public string Url { get; }

    public string Title { get; }

    public string Section { get; }

    public SearchDocumentKind Kind { get; }

    public DateTimeOffset? Date { get; }

    /// <summary>Number of words in the body (the title not counted).</summary>
    public int BodyLength { get; }

    /// <summary>Number of distinct words (exact forms) in title and body.</summary>
    public int TermCount { get; }

    /// <summary>The result entry as served (UTF-8 JSON): url, title, section, kind, date and the text snippets come from.</summary>
    public ReadOnlyMemory<byte> Entry => entry;

    /// <summary>Tokenizes one document.</summary>
    public static DocumentTokens From(SearchDocument document) => DocumentTokenizer.Tokenize(document);

    /// <summary>
    /// A key for caching the tokens of <paramref name="document"/>: it changes with every field the tokens depend
    /// on and with <see cref="FormatVersion"/>, so equal keys mean the cached tokens can be used as they are.
    /// </summary>
    public static string CacheKeyOf(SearchDocument document)
    {
        var writer = new ByteWriter(document.Text.Length * 2 + 256);
        writer.String(FormatVersion);
        writer.String(document.Url);
        writer.String(document.Title);
        writer.String(document.Section);
        writer.Byte((byte)document.Kind);
        WriteDate(writer, document.Date);
        writer.String(document.Text);
        return Convert.ToHexStringLower(SHA256.HashData(writer.Written));
    }

    /// <summary>The distinct words, in order of first occurrence (title, then body).</summary>
    public IReadOnlyList<TermOccurrence> Terms
    {
        get
        {
            var list = new List<TermOccurrence>(TermCount);
            var reader = new TermReader(termData);
            while (reader.MoveNext())
                list.Add(new TermOccurrence(Encoding.UTF8.GetString(reader.Utf8), reader.InTitle, reader.BodyCount));
            return list;
        }
    }

    internal TermReader ReadTerms() => new(termData);

    /// <summary>A compact byte form for a cache; <see cref="FromBytes"/> reads it back equal.</summary>
    public byte[] ToBytes()
    {
        var writer = new ByteWriter(termData.Length + entry.Length + Url.Length * 2 + Title.Length * 3 + 64);
        writer.Byte(FormatByte);
        writer.String(Url);
        writer.String(Title);
        writer.String(Section);
        writer.Byte((byte)Kind);
        WriteDate(writer, Date);
        writer.Varint(BodyLength);
        writer.Varint(TermCount);
        writer.Varint(termData.Length);
        writer.Bytes(termData);
        writer.Varint(entry.Length);
        writer.Bytes(entry);
        return writer.ToArray();
    }

    private static void WriteDate(ByteWriter writer, DateTimeOffset? date)
    {
        if (date is not { } value)
        {
            writer.Byte(0);
            return;
        }
        writer.Byte(1);
        writer.Varint((ulong)value.Ticks);
        writer.Varint((ulong)(long)(value.Offset.TotalMinutes + 24 * 60));
    }

    /// <summary>Reads what <see cref="ToBytes"/> wrote; anything else is an <see cref="InvalidDataException"/>.</summary>
    public static DocumentTokens FromBytes(ReadOnlySpan<byte> bytes)
    {
        var reader = new ByteReader(bytes);
        if (reader.Byte() != FormatByte) throw new InvalidDataException($"These are not tokens of format {FormatVersion}.");
        var url = reader.String();
        var title = reader.String();
        var section = reader.String();
        var kind = (SearchDocumentKind)reader.Byte();
        if (!Enum.IsDefined(kind)) throw new InvalidDataException($"Unknown document kind {(int)kind}.");
        DateTimeOffset? date = null;
        if (reader.Byte() == 1)
        {
            var ticks = (long)reader.Varint64();
            var offsetMinutes = (long)reader.Varint64() - 24 * 60;
            date = new DateTimeOffset(ticks, TimeSpan.FromMinutes(offsetMinutes));
        }
        var bodyLength = reader.Varint();
        var termCount = reader.Varint();
        var termData = reader.Bytes(reader.Varint()).ToArray();
        var entry = reader.Bytes(reader.Varint()).ToArray();
        if (!reader.AtEnd) throw new InvalidDataException("Unexpected bytes after the tokens.");
        return new DocumentTokens(url, title, section, kind, date, bodyLength, termCount, termData, entry);
    }
}

/// <summary>Reads the words of one document as <see cref="TermCounter.Encode"/> wrote them.</summary>
internal ref struct TermReader(ReadOnlySpan<byte> data)
{
    /// <summary>A word is at most 64 UTF-16 units: room for its chars, and three UTF-8 bytes per unit.</summary>
    public const int MaxChars = Text.SearchTokenizer.BufferLength;

    public const int MaxBytes = MaxChars * 3;

    private ByteReader reader = new(data);

    /// <summary>The current word's UTF-8 bytes.</summary>
    public ReadOnlySpan<byte> Utf8 { get; private set; }

    public bool InTitle { get; private set; }

    public int BodyCount { get; private set; }

    public bool MoveNext()
    {
        if (reader.AtEnd) return false;
        var length = reader.Varint();
        if (length > MaxBytes) throw new InvalidDataException("A word of the tokens is too long.");
        Utf8 = reader.Bytes(length);
        var flags = reader.Varint();
        InTitle = (flags & 1) == 1;
        BodyCount = flags >> 1;
        return true;
    }
}
