using System.Collections.Concurrent;
using System.Numerics;

namespace PhuocMy.Site.SharingCards;

/// <summary>
/// The rows of a card's backdrop as a PNG holds them (RGB, or palette indices), each row led by its filter byte
/// when written; the compressed rows above and below a title are kept, by where the title starts and ends.
/// </summary>
internal sealed class PngRows(byte[] pixels, int bytesPerPixel)
{
    private const byte FilterNone = 0;
    private const byte FilterUp = 2;

    private readonly ConcurrentDictionary<int, ZlibSegment> rowsAbove = new();
    private readonly ConcurrentDictionary<int, ZlibSegment> rowsBelow = new();

    public int BytesPerPixel { get; } = bytesPerPixel;
    public int Bytes => SharingCardRenderer.Width * BytesPerPixel;
    public int FilteredBytes => Bytes + 1;

    public ReadOnlySpan<byte> Row(int y) => pixels.AsSpan(y * Bytes, Bytes);

    /// <summary>Rows 0 to <paramref name="end"/> (excluded), filtered and compressed.</summary>
    public ZlibSegment RowsAbove(int end) => rowsAbove.GetOrAdd(end, static (end, rows) => rows.Compress(0, end), this);

    /// <summary>Rows <paramref name="start"/> to the bottom, the first unfiltered so it depends on no title row.</summary>
    public ZlibSegment RowsBelow(int start) => rowsBelow.GetOrAdd(start, static (start, rows) => rows.Compress(start, SharingCardRenderer.Height), this);

    private ZlibSegment Compress(int start, int end)
    {
        var filtered = new byte[(end - start) * FilteredBytes];
        for (var y = start; y < end; y++)
            Filter(Row(y), y == start ? [] : Row(y - 1), filtered.AsSpan((y - start) * FilteredBytes, FilteredBytes));
        return ZlibSegment.Compress(filtered);
    }

    /// <summary>
    /// Writes <paramref name="row"/> with the "Up" filter against <paramref name="above"/> (a card is mostly rows
    /// equal to the one above, which it turns into zeros), or unfiltered when there is no row above to depend on.
    /// </summary>
    public static void Filter(ReadOnlySpan<byte> row, ReadOnlySpan<byte> above, Span<byte> target)
    {
        if (above.IsEmpty)
        {
            target[0] = FilterNone;
            row.CopyTo(target[1..]);
            return;
        }
        target[0] = FilterUp;
        target = target[1..];
        var i = 0;
        for (; i <= row.Length - Vector<byte>.Count; i += Vector<byte>.Count)
            (new Vector<byte>(row[i..]) - new Vector<byte>(above[i..])).CopyTo(target[i..]);
        for (; i < row.Length; i++) target[i] = (byte)(row[i] - above[i]);
    }
}
