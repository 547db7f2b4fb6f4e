using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;

namespace PhuocMy.Site.Dependencies;

/// <summary>A 128-bit content hash (XxHash128): what the build cache compares inputs and outputs by.</summary>
public readonly record struct ContentHash(ulong High, ulong Low)
{
    public static readonly ContentHash Absent = new(0, 0);

    public static ContentHash Of(ReadOnlySpan<byte> bytes) => From(XxHash128.HashToUInt128(bytes));

    public static ContentHash Of(string text) => new ContentHasher().Add(text).Finish();

    internal static ContentHash From(UInt128 value) => new((ulong)(value >> 64), (ulong)value);

    public override string ToString() => $"{High:x16}{Low:x16}";
}

/// <summary>Hashes a sequence of values; each value is tagged and length-prefixed so different sequences never collide by concatenation.</summary>
public sealed class ContentHasher
{
    private readonly XxHash128 hash = new();
    private readonly byte[] scratch = new byte[16];

    public ContentHasher Add(string? text)
    {
        if (text is null) return Tag(0);
        Tag(1).Add((long)text.Length);
        hash.Append(System.Runtime.InteropServices.MemoryMarshal.AsBytes(text.AsSpan()));
        return this;
    }

    public ContentHasher Add(long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(scratch, value);
        hash.Append(scratch.AsSpan(0, 8));
        return this;
    }

    public ContentHasher Add(bool value) => Tag(value ? (byte)3 : (byte)2);

    public ContentHasher Add(ContentHash value)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(scratch, value.High);
        BinaryPrimitives.WriteUInt64LittleEndian(scratch.AsSpan(8), value.Low);
        hash.Append(scratch);
        return this;
    }

    public ContentHasher Add(ReadOnlySpan<byte> bytes)
    {
        Tag(4).Add((long)bytes.Length);
        hash.Append(bytes);
        return this;
    }

    public ContentHasher Tag(byte tag)
    {
        scratch[0] = tag;
        hash.Append(scratch.AsSpan(0, 1));
        return this;
    }

    public ContentHash Finish() => ContentHash.From(hash.GetCurrentHashAsUInt128());

    /// <summary>Hashes UTF-8 text of a string, for outputs compared with files on disk.</summary>
    public static ContentHash Utf8(string text) => ContentHash.Of(Encoding.UTF8.GetBytes(text));
}
