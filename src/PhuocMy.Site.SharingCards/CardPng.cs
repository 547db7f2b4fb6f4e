using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using SkiaSharp;

namespace PhuocMy.Site.SharingCards;

/// <summary>
/// Writes a card as an 8-bit RGB PNG (no metadata, so the same pixels give the same bytes): the backdrop with the
/// title's coverage blended over it in the ink colour. Only the rows the title touches are composed and
/// compressed; the rows above and below come compressed from the backdrop, spliced into one zlib stream.
/// </summary>
internal static class CardPng
{
    private const int Width = SharingCardRenderer.Width;
    private const int Height = SharingCardRenderer.Height;

    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] ZlibHeader = [0x78, 0x01]; // deflate, 32 KiB window (its level field is only informative)
    private static readonly byte[] FinalEmptyBlock = [0x03, 0x00];

    /// <param name="inked">Where <paramref name="coverage"/> may be other than 0 (empty: nowhere).</param>
    public static byte[] Write(CardBackdrop backdrop, CardColor ink, ReadOnlySpan<byte> coverage, SKRectI inked)
    {
        List<ZlibSegment> segments = [];
        if (inked.IsEmpty) segments.Add(backdrop.RowsAbove(Height));
        else
        {
            if (inked.Top > 0) segments.Add(backdrop.RowsAbove(inked.Top));
            segments.Add(TitleRows(backdrop, ink, coverage, inked));
            if (inked.Bottom < Height) segments.Add(backdrop.RowsBelow(inked.Bottom));
        }
        return Png(segments);
    }

    private static ZlibSegment TitleRows(CardBackdrop backdrop, CardColor ink, ReadOnlySpan<byte> coverage, SKRectI inked)
    {
        var (first, last) = (inked.Top, inked.Bottom - 1);
        var length = (last - first + 1) * PngRows.FilteredBytes;
        var filtered = ArrayPool<byte>.Shared.Rent(length);
        var rows = ArrayPool<byte>.Shared.Rent(2 * PngRows.Bytes);
        try
        {
            Span<byte> current = rows.AsSpan(0, PngRows.Bytes), above = rows.AsSpan(PngRows.Bytes, PngRows.Bytes);
            if (first > 0) backdrop.Row(first - 1).CopyTo(above);
            for (var y = first; y <= last; y++)
            {
                Compose(backdrop.Row(y), ink, coverage.Slice(y * Width + inked.Left, inked.Width), inked.Left, current);
                PngRows.Filter(current, y == 0 ? [] : above, filtered.AsSpan((y - first) * PngRows.FilteredBytes, PngRows.FilteredBytes));
                var swap = above;
                above = current;
                current = swap;
            }
            return ZlibSegment.Compress(filtered.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rows);
            ArrayPool<byte>.Shared.Return(filtered);
        }
    }

    /// <summary>
    /// The backdrop's row with the ink laid over it as far as each pixel is covered (source over); the coverage
    /// given starts at pixel <paramref name="left"/>.
    /// </summary>
    private static void Compose(ReadOnlySpan<byte> backdrop, CardColor ink, ReadOnlySpan<byte> coverage, int left, Span<byte> target)
    {
        backdrop.CopyTo(target);
        var at = left * PngRows.BytesPerPixel;
        foreach (int alpha in coverage)
        {
            if (alpha != 0)
            {
                var inverse = 255 - alpha;
                target[at] = Blend(backdrop[at], ink.Red, alpha, inverse);
                target[at + 1] = Blend(backdrop[at + 1], ink.Green, alpha, inverse);
                target[at + 2] = Blend(backdrop[at + 2], ink.Blue, alpha, inverse);
            }
            at += PngRows.BytesPerPixel;
        }
    }

    private static byte Blend(int under, int over, int alpha, int inverse) => (byte)((under * inverse + over * alpha + 127) / 255);

    private static byte[] Png(List<ZlibSegment> segments)
    {
        var adler = segments[0].Adler;
        var dataLength = ZlibHeader.Length + FinalEmptyBlock.Length + 4 + segments[0].Deflate.Length;
        for (var i = 1; i < segments.Count; i++)
        {
            adler = ZlibSegment.Combine(adler, segments[i].Adler, segments[i].Length);
            dataLength += segments[i].Deflate.Length;
        }

        var png = new byte[Signature.Length + (12 + 13) + (12 + dataLength) + 12];
        var at = 0;
        void Put(ReadOnlySpan<byte> bytes) { bytes.CopyTo(png.AsSpan(at)); at += bytes.Length; }
        Put(Signature);

        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, Width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], Height);
        header[8] = 8; // bits per channel
        header[9] = 2; // colour type: RGB; compression, filter method and interlace are all 0
        Chunk(png, ref at, "IHDR"u8, header);

        var start = at;
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(at), dataLength);
        at += 4;
        Put("IDAT"u8);
        Put(ZlibHeader);
        foreach (var segment in segments) Put(segment.Deflate);
        Put(FinalEmptyBlock);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(at), adler);
        at += 4;
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(at), Crc32.HashToUInt32(png.AsSpan(start + 4, 4 + dataLength)));
        at += 4;

        Chunk(png, ref at, "IEND"u8, []);
        return png;
    }

    private static void Chunk(byte[] png, ref int at, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        var start = at;
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(at), data.Length);
        type.CopyTo(png.AsSpan(at + 4));
        data.CopyTo(png.AsSpan(at + 8));
        at += 8 + data.Length;
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(at), Crc32.HashToUInt32(png.AsSpan(start + 4, 4 + data.Length)));
        at += 4;
    }
}
