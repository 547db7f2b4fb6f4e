using System.Buffers.Binary;
using System.IO.Compression;

namespace PhuocMy.Site.SharingCards;

/// <summary>
/// A piece of a zlib stream that can be spliced between others: raw deflate blocks ending on a byte boundary and
/// not marked final (zlib's sync flush), with the Adler-32 and length of the bytes they hold. Pieces compressed
/// apart refer to nothing outside themselves, so a card's unchanging rows are compressed once and reused.
/// </summary>
internal sealed record ZlibSegment(byte[] Deflate, uint Adler, long Length)
{
    /// <summary>
    /// zlib level 2: cards about as small as the former level 6 (51 KB against 50), for 0.25 ms more a card than
    /// level 1, whose cards are 69 KB (benchmarks/README.md, "Sharing cards").
    /// </summary>
    public const int Level = 2;

    private static readonly byte[] SyncFlushMarker = [0x00, 0x00, 0xFF, 0xFF];

    public static ZlibSegment Compress(ReadOnlySpan<byte> data)
    {
        using var output = new MemoryStream(data.Length / 8 + 64);
        var zlib = new ZLibStream(output, new ZLibCompressionOptions { CompressionLevel = Level }, leaveOpen: true);
        zlib.Write(data);
        zlib.Flush();
        var flushed = (int)output.Length;
        zlib.Dispose();
        var bytes = output.GetBuffer().AsSpan(0, (int)output.Length);
        if (!bytes[..flushed].EndsWith(SyncFlushMarker))
            throw new InvalidOperationException("zlib did not end the segment with a sync flush; the card cannot be spliced.");
        // Skip zlib's two-byte header; its four-byte trailer is the Adler-32 of the data.
        return new ZlibSegment(bytes[2..flushed].ToArray(), BinaryPrimitives.ReadUInt32BigEndian(bytes[^4..]), data.Length);
    }

    /// <summary>The Adler-32 of this segment's bytes followed by <paramref name="next"/>'s, from the two sums alone.</summary>
    public static uint Combine(uint first, uint next, long nextLength)
    {
        const uint Modulus = 65521;
        var length = (ulong)(nextLength % Modulus);
        ulong a1 = first & 0xFFFF, b1 = first >> 16;
        ulong a2 = next & 0xFFFF, b2 = next >> 16;
        // a = 1 + Σ bytes, b = Σ of a after each byte: appending n bytes adds n·(a₁ − 1) to b besides their own b.
        var a = (a1 + a2 + Modulus - 1) % Modulus;
        var b = (b1 + b2 + length * ((a1 + Modulus - 1) % Modulus)) % Modulus;
        return (uint)(b << 16 | a);
    }
}
