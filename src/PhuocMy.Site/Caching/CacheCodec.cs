using System.Text;
using PhuocMy.Site.Dependencies;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Quality;

namespace PhuocMy.Site.Caching;

/// <summary>Reads and writes the cache's parts in a compact binary form.</summary>
internal static class CacheCodec
{
    public static void Write(this BinaryWriter writer, ContentHash hash)
    {
        writer.Write(hash.High);
        writer.Write(hash.Low);
    }

    public static ContentHash ReadHash(this BinaryReader reader) => new(reader.ReadUInt64(), reader.ReadUInt64());

    public static void WriteNullable(this BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null) writer.Write(text);
    }

    public static string? ReadNullable(this BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    public static void WriteNullable(this BinaryWriter writer, byte[]? bytes)
    {
        writer.Write(bytes is null ? -1 : bytes.Length);
        if (bytes is not null) writer.Write(bytes);
    }

    public static byte[]? ReadNullableBytes(this BinaryReader reader)
    {
        var length = reader.ReadInt32();
        if (length < -1 || length > 256 << 20) throw new InvalidDataException("bad length");
        return length < 0 ? null : reader.ReadBytes(length);
    }

    /// <summary>
    /// The index's table of recorded reads: each distinct read (a key and the hash it had) once, which entries then name
    /// by number. Thousands of pages read the same templates and posts, so the table is small and the entries short.
    /// </summary>
    public static void Write(this BinaryWriter writer, IReadOnlyList<RecordedRead> table)
    {
        writer.Write(table.Count);
        foreach (var read in table)
        {
            writer.Write((byte)read.Key.Kind);
            writer.Write(read.Key.Name);
            writer.Write(read.Hash);
        }
    }

    public static RecordedRead[] ReadReadTable(this BinaryReader reader)
    {
        var table = new RecordedRead[Count(reader)];
        for (var i = 0; i < table.Length; i++) table[i] = new RecordedRead(new DependencyKey(ReadKind(reader), reader.ReadString()), reader.ReadHash());
        return table;
    }

    private static DependencyKind ReadKind(BinaryReader reader) =>
        reader.ReadByte() is var kind && Enum.IsDefined((DependencyKind)kind) ? (DependencyKind)kind : throw new InvalidDataException("bad dependency kind");

    /// <summary>
    /// An entry of the index: its reads by their numbers in the read table (<paramref name="numbers"/>), its bytes by
    /// where they are in the values file (<paramref name="stored"/>).
    /// </summary>
    public static void Write(this BinaryWriter writer, CacheEntry entry, CacheValue stored, IReadOnlyDictionary<RecordedRead, int> numbers)
    {
        writer.Write(entry.Key);
        writer.Write7BitEncodedInt(entry.Reads.Count);
        foreach (var read in entry.Reads) writer.Write7BitEncodedInt(numbers[read]);
        writer.Write(entry.Outputs.Count);
        foreach (var output in entry.Outputs)
        {
            writer.Write(output.Path);
            writer.Write(output.Hash);
        }
        writer.Write(stored.Length);
        if (stored.Length == 0) return;
        writer.Write(stored.Offset);
        writer.Write(stored.Hash);
    }

    public static CacheEntry ReadEntry(this BinaryReader reader, CacheValueFile values, RecordedRead[] table)
    {
        var key = reader.ReadHash();
        var count = reader.Read7BitEncodedInt();
        if (count < 0 || count > table.Length) throw new InvalidDataException("bad read count");
        var reads = new RecordedRead[count];
        for (var i = 0; i < count; i++)
        {
            var number = reader.Read7BitEncodedInt();
            reads[i] = (uint)number < (uint)table.Length ? table[number] : throw new InvalidDataException("bad read number");
        }
        var outputs = Enumerable.Range(0, Count(reader)).Select(_ => new WrittenOutput(reader.ReadString(), reader.ReadHash())).ToList();
        var length = reader.ReadInt32();
        if (length == 0) return new CacheEntry(key, reads, outputs);
        var offset = reader.ReadInt64();
        if (length < 0 || offset < 0 || offset + length > values.Length) throw new InvalidDataException("value outside the values file");
        return new CacheEntry(key, reads, outputs) { Stored = CacheValue.InFile(values, offset, length, reader.ReadHash()) };
    }

    /// <summary>Bytes written by <paramref name="write"/> with this codec, for a step's <see cref="CacheEntry.Value"/>.</summary>
    public static byte[] Encode(Action<BinaryWriter> write)
    {
        var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Utf8, leaveOpen: true)) write(writer);
        return stream.ToArray();
    }

    /// <summary>Reads back what <see cref="Encode"/> wrote; null when the bytes are not what this version writes (a damaged cache is never used).</summary>
    public static T? Decode<T>(byte[] bytes, Func<BinaryReader, T> read) where T : class
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Utf8);
            var value = read(reader);
            return reader.BaseStream.Position == bytes.Length ? value : null;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException or FormatException or ArgumentException or DecoderFallbackException
            or System.Text.Json.JsonException or NotSupportedException)
        {
            return null;
        }
    }

    public static void Write(this BinaryWriter writer, Diagnostic diagnostic)
    {
        writer.Write((byte)diagnostic.Severity);
        writer.Write(diagnostic.File);
        writer.Write(diagnostic.Line ?? 0);
        writer.Write(diagnostic.Message);
        writer.WriteNullable(diagnostic.Hint);
        writer.WriteNullable(diagnostic.Subject);
    }

    public static Diagnostic ReadDiagnostic(this BinaryReader reader)
    {
        var severity = (Severity)reader.ReadByte();
        var file = reader.ReadString();
        var line = reader.ReadInt32();
        var message = reader.ReadString();
        var hint = reader.ReadNullable();
        return new Diagnostic(severity, file, line == 0 ? null : line, message, hint, reader.ReadNullable());
    }

    public static void Write(this BinaryWriter writer, IReadOnlyList<Diagnostic> diagnostics)
    {
        writer.Write(diagnostics.Count);
        foreach (var diagnostic in diagnostics) writer.Write(diagnostic);
    }

    public static IReadOnlyList<Diagnostic> ReadDiagnostics(this BinaryReader reader) =>
        Enumerable.Range(0, Count(reader)).Select(_ => reader.ReadDiagnostic()).ToList();

    public static void Write(this BinaryWriter writer, LinkRequirement link)
    {
        writer.Write(link.SourcePath);
        writer.Write(link.Where);
        writer.Write(link.Url);
        writer.Write(link.Description);
        writer.Write(link.TargetPath);
    }

    public static LinkRequirement ReadLink(this BinaryReader reader) =>
        new(reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString());

    public static void Write(this BinaryWriter writer, SourceFinding finding)
    {
        writer.Write((byte)finding.Anchor);
        writer.Write((byte)finding.Severity);
        writer.Write(finding.OutputPath);
        writer.Write(finding.SourcePath);
        writer.Write(finding.Where);
        writer.Write(finding.Address);
        writer.Write(finding.Message);
        writer.WriteNullable(finding.Hint);
    }

    public static SourceFinding ReadFinding(this BinaryReader reader)
    {
        var anchor = (FindingAnchor)reader.ReadByte();
        var severity = (Severity)reader.ReadByte();
        return new SourceFinding(anchor, severity, reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadNullable());
    }

    /// <summary>A count, refusing nonsense so a corrupt file fails fast instead of allocating gigabytes.</summary>
    public static int Count(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count < 0 || count > 50_000_000) throw new InvalidDataException("bad count");
        return count;
    }

    public static readonly Encoding Utf8 = new UTF8Encoding(false, true);
}
