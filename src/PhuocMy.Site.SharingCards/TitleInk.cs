using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace PhuocMy.Site.SharingCards;

/// <summary>
/// A card's title as coverage alone (one byte a pixel, 0 where the title leaves the backdrop as it is), laid out
/// and drawn as large as fits: the only part of a card that is drawn for each card.
/// </summary>
internal static class TitleInk
{
    private const int Width = SharingCardRenderer.Width;
    private const int Height = SharingCardRenderer.Height;

    /// <summary>
    /// Draws <paramref name="title"/> into <paramref name="coverage"/> (Width × Height bytes, cleared here) and
    /// returns the rectangle outside which it left every pixel uncovered (empty for an empty title).
    /// </summary>
    public static SKRectI Draw(SKTypeface typeface, GlyphMasks glyphs, string title, Span<byte> coverage)
    {
        coverage = coverage[..(Width * Height)];
        coverage.Clear();
        using var shaper = new SKShaper(typeface);
        var width = Width - 2 * CardLayout.Margin;
        using var font = CardText.Font(typeface, CardLayout.TitleSizes[0]);
        List<string> lines = [];
        foreach (var size in CardLayout.TitleSizes)
        {
            font.Size = size;
            lines = TitleLayout.Wrap(title, shaper, font, width);
            if (lines.Count * size * CardLayout.LineSpacing <= CardLayout.TitleBottom - CardLayout.TitleTop) break;
        }

        var lineHeight = font.Size * CardLayout.LineSpacing;
        var maxLines = (int)((CardLayout.TitleBottom - CardLayout.TitleTop) / lineHeight);
        if (lines.Count > maxLines)
        {
            lines = lines.Take(maxLines).ToList();
            lines[^1] = CardText.Fit(lines[^1] + " " + CardText.Ellipsis, shaper, font, width);
        }

        var baseline = CardLayout.TitleTop - font.Metrics.Ascent;
        var inked = SKRectI.Empty;
        foreach (var line in lines)
        {
            var shaped = shaper.Shape(line, CardLayout.Margin, baseline, font);
            for (var i = 0; i < shaped.Codepoints.Length; i++)
                GlyphMasks.Draw(glyphs.Of((ushort)shaped.Codepoints[i], font.Size), shaped.Points[i].X, shaped.Points[i].Y, coverage, Width, Height, ref inked);
            baseline += lineHeight;
        }
        return inked;
    }
}
