using System.Buffers;
using System.Text;

namespace PhuocMy.Site.Search.Binary;

/// <summary>A growable byte buffer with the few primitives the index formats use: LEB128 varints and length-prefixed UTF-8.</summary>
internal sealed class ByteWriter(int capacity = 256)
{
    private byte[] bytes = new byte[Math.Max(capacity, 16)];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => bytes.AsSpan(0, Length);

    public byte[] ToArray() => Written.ToArray();

    public void Clear() => Length = 0;

    public void Byte(byte value)
    {
        Ensure(1);
        bytes[Length++] = value;
    }

    public void Varint(ulong value)
    {
        Ensure(10);
        while (value >= 0x80)
        {
            bytes[Length++] = (byte)(value | 0x80);
            value >>= 7;
        }
        bytes[Length++] = (byte)value;
    }

    public void Varint(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        Varint((ulong)value);
    }

    public void Bytes(ReadOnlySpan<byte> value)
    {
        Ensure(value.Length);
        value.CopyTo(bytes.AsSpan(Length));
        Length += value.Length;
    }

    /// <summary>Byte length as a varint, then the UTF-8 bytes.</summary>
    public void String(ReadOnlySpan<char> value)
    {
        var byteCount = System.Text.Encoding.UTF8.GetByteCount(value);
        Varint(byteCount);
        Ensure(byteCount);
        Length += System.Text.Encoding.UTF8.GetBytes(value, bytes.AsSpan(Length));
    }

    private void Ensure(int more)
    {
        if (Length + more <= bytes.Length) return;
        Array.Resize(ref bytes, Math.Max(bytes.Length * 2, Length + more));
    }
}

/// <summary>Reads what <see cref="ByteWriter"/> wrote; a malformed input is an <see cref="InvalidDataException"/>.</summary>
internal ref struct ByteReader(ReadOnlySpan<byte> bytes)
{
    private readonly ReadOnlySpan<byte> bytes = bytes;
    private int position;

    public readonly bool AtEnd => position == bytes.Length;

    public byte Byte()
    {
        if (position >= bytes.Length) throw Truncated();
        return bytes[position++];
    }

    public ulong Varint64()
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = Byte();
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80) return value;
        }
        throw new InvalidDataException("A varint is longer than 64 bits.");
    }

    public int Varint()
    {
        var value = Varint64();
        if (value > int.MaxValue) throw new InvalidDataException("A length or count is out of range.");
        return (int)value;
    }

    public ReadOnlySpan<byte> Bytes(int count)
    {
        if (count < 0 || position + count > bytes.Length) throw Truncated();
        var slice = bytes.Slice(position, count);
        position += count;
        return slice;
    }

    public string String() => System.Text.Encoding.UTF8.GetString(Bytes(Varint()));

    private static InvalidDataException Truncated() => new("The data ends too early.");
}
