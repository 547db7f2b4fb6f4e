using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using SkiaSharp;

namespace PhuocMy.Site.SharingCards;

/// <summary>
/// Writes a card as an 8-bit PNG (no metadata, so the same pixels give the same bytes), in palette indices where
/// the backdrop has a <see cref="CardPalette"/>, else in RGB: the backdrop with the title's coverage laid over it
/// in the ink colour. Only the rows the title touches are composed and
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
        if (backdrop is { Palette: { } palette, Indexed: { } indexed }
            && Segments(indexed, coverage, inked, (row, covered, left, target) => ComposeIndexed(row, palette, covered, left, target)) is { } indexedSegments)
            return Png(indexedSegments, palette);
        return Png(Segments(backdrop.Rgb, coverage, inked, (row, covered, left, target) => ComposeRgb(row, ink, covered, left, target))!, null);
    }

    /// <summary>Composes a row from the backdrop's and the title's coverage; false when the row cannot be written so.</summary>
    private delegate bool Composer(ReadOnlySpan<byte> backdrop, ReadOnlySpan<byte> coverage, int left, Span<byte> target);

    private static List<ZlibSegment>? Segments(PngRows rows, ReadOnlySpan<byte> coverage, SKRectI inked, Composer compose)
    {
        if (inked.IsEmpty) return [rows.RowsAbove(Height)];
        List<ZlibSegment> segments = [];
        if (inked.Top > 0) segments.Add(rows.RowsAbove(inked.Top));
        if (TitleRows(rows, coverage, inked, compose) is not { } title) return null;
        segments.Add(title);
        if (inked.Bottom < Height) segments.Add(rows.RowsBelow(inked.Bottom));
        return segments;
    }

    private static ZlibSegment? TitleRows(PngRows backdrop, ReadOnlySpan<byte> coverage, SKRectI inked, Composer compose)
    {
        var (first, last) = (inked.Top, inked.Bottom - 1);
        var length = (last - first + 1) * backdrop.FilteredBytes;
        var filtered = ArrayPool<byte>.Shared.Rent(length);
        var rows = ArrayPool<byte>.Shared.Rent(2 * backdrop.Bytes);
        try
        {
            Span<byte> current = rows.AsSpan(0, backdrop.Bytes), above = rows.AsSpan(backdrop.Bytes, backdrop.Bytes);
            if (first > 0) backdrop.Row(first - 1).CopyTo(above);
            for (var y = first; y <= last; y++)
            {
                if (!compose(backdrop.Row(y), coverage.Slice(y * Width + inked.Left, inked.Width), inked.Left, current)) return null;
                PngRows.Filter(current, y == 0 ? [] : above, filtered.AsSpan((y - first) * backdrop.FilteredBytes, backdrop.FilteredBytes));
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
    /// The backdrop's row with the ink laid over it as far as each pixel is covered; the coverage given starts at
    /// pixel <paramref name="left"/>.
    /// </summary>
    private static bool ComposeRgb(ReadOnlySpan<byte> backdrop, CardColor ink, ReadOnlySpan<byte> coverage, int left, Span<byte> target)
    {
        backdrop.CopyTo(target);
        var at = left * 3;
        foreach (int alpha in coverage)
        {
            if (alpha != 0)
            {
                target[at] = Blend.Channel(backdrop[at], ink.Red, alpha);
                target[at + 1] = Blend.Channel(backdrop[at + 1], ink.Green, alpha);
                target[at + 2] = Blend.Channel(backdrop[at + 2], ink.Blue, alpha);
            }
            at += 3;
        }
        return true;
    }

    /// <summary>The same in palette indices; false where the title would cross anything but the background.</summary>
    private static bool ComposeIndexed(ReadOnlySpan<byte> backdrop, CardPalette palette, ReadOnlySpan<byte> coverage, int left, Span<byte> target)
    {
        backdrop.CopyTo(target);
        var row = target[left..];
        var under = backdrop[left..];
        for (var x = 0; x < coverage.Length; x++)
        {
            int alpha = coverage[x];
            if (alpha == 0) continue;
            if (under[x] != palette.BackgroundIndex) return false;
            row[x] = palette.InkIndex[alpha];
        }
        return true;
    }

    private static byte[] Png(List<ZlibSegment> segments, CardPalette? palette)
    {
        var adler = segments[0].Adler;
        var dataLength = ZlibHeader.Length + FinalEmptyBlock.Length + 4 + segments[0].Deflate.Length;
        for (var i = 1; i < segments.Count; i++)
        {
            adler = ZlibSegment.Combine(adler, segments[i].Adler, segments[i].Length);
            dataLength += segments[i].Deflate.Length;
        }

        var png = new byte[Signature.Length + (12 + 13) + (palette is null ? 0 : 12 + palette.Entries.Length) + (12 + dataLength) + 12];
        var at = 0;
        void Put(ReadOnlySpan<byte> bytes) { bytes.CopyTo(png.AsSpan(at)); at += bytes.Length; }
        Put(Signature);

        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, Width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], Height);
        header[8] = 8; // bits per channel
        header[9] = (byte)(palette is null ? 2 : 3); // colour type: RGB or palette; compression, filter method and interlace are all 0
        Chunk(png, ref at, "IHDR"u8, header);
        if (palette is not null) Chunk(png, ref at, "PLTE"u8, palette.Entries);

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
