using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Numerics;

namespace PhuocMy.Site.SharingCards;

/// <summary>
/// Writes RGBA pixels as an 8-bit RGBA PNG (no metadata, so the same pixels give the same bytes).
/// SkiaSharp's own PNG encoder took about 25 ms of CPU per 1200×630 card here, more than twice the drawing; a card
/// is mostly rows equal to the row above, which the "Up" filter turns into zeros that .NET's zlib compresses in a
/// few milliseconds.
/// </summary>
internal static class PngEncoder
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private const byte FilterUp = 2;

    public static byte[] Encode(ReadOnlySpan<byte> rgba, int width, int height)
    {
        var rowBytes = width * 4;
        var filtered = new byte[height * (rowBytes + 1)];
        ReadOnlySpan<byte> previous = new byte[rowBytes];
        for (var y = 0; y < height; y++)
        {
            var row = rgba.Slice(y * rowBytes, rowBytes);
            var target = filtered.AsSpan(y * (rowBytes + 1), rowBytes + 1);
            target[0] = FilterUp;
            Subtract(row, previous, target[1..]);
            previous = row;
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            zlib.Write(filtered);

        using var png = new MemoryStream();
        png.Write(Signature);
        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = 8; // bits per channel
        header[9] = 6; // colour type: RGBA (the alpha bytes, all 255, filter to zeros and cost nothing)
        // compression, filter method and interlace are all 0
        Chunk(png, "IHDR"u8, header);
        Chunk(png, "IDAT"u8, compressed.GetBuffer().AsSpan(0, (int)compressed.Length));
        Chunk(png, "IEND"u8, []);
        return png.ToArray();
    }

    /// <summary>target = row − above, byte by byte (modulo 256), as the PNG "Up" filter defines it.</summary>
    private static void Subtract(ReadOnlySpan<byte> row, ReadOnlySpan<byte> above, Span<byte> target)
    {
        var i = 0;
        for (; i <= row.Length - Vector<byte>.Count; i += Vector<byte>.Count)
            (new Vector<byte>(row[i..]) - new Vector<byte>(above[i..])).CopyTo(target[i..]);
        for (; i < row.Length; i++) target[i] = (byte)(row[i] - above[i]);
    }

    private static void Chunk(Stream png, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        png.Write(type);
        png.Write(data);
        var crc = new Crc32();
        crc.Append(type);
        crc.Append(data);
        BinaryPrimitives.WriteUInt32BigEndian(number, crc.GetCurrentHashAsUInt32());
        png.Write(number);
    }
}
