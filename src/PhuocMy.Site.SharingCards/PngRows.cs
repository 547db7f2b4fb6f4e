using System.Numerics;

namespace PhuocMy.Site.SharingCards;

/// <summary>Rows of a card's PNG: 8-bit RGB, each row led by its filter byte.</summary>
internal static class PngRows
{
    public const int BytesPerPixel = 3;
    public const int Bytes = SharingCardRenderer.Width * BytesPerPixel;
    public const int FilteredBytes = Bytes + 1;

    private const byte FilterNone = 0;
    private const byte FilterUp = 2;

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
