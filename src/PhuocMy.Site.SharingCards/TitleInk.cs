using System.Runtime.InteropServices;
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

    /// <summary>Draws <paramref name="title"/> into <paramref name="coverage"/> (Width × Height bytes, cleared here).</summary>
    public static void Draw(SKTypeface typeface, string title, byte[] coverage)
    {
        Array.Clear(coverage, 0, Width * Height);
        var pinned = GCHandle.Alloc(coverage, GCHandleType.Pinned);
        try
        {
            var info = new SKImageInfo(Width, Height, SKColorType.Alpha8, SKAlphaType.Premul);
            using var surface = SKSurface.Create(info, pinned.AddrOfPinnedObject(), Width) ?? throw new InvalidOperationException("SkiaSharp could not create a drawing surface.");
            using var shaper = new SKShaper(typeface);
            DrawLines(surface.Canvas, shaper, typeface, title);
            surface.Flush();
        }
        finally
        {
            pinned.Free();
        }
    }

    private static void DrawLines(SKCanvas canvas, SKShaper shaper, SKTypeface typeface, string title)
    {
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

        using var ink = new SKPaint { Color = SKColors.White, IsAntialias = true };
        var baseline = CardLayout.TitleTop - font.Metrics.Ascent;
        foreach (var line in lines)
        {
            canvas.DrawShapedText(shaper, line, CardLayout.Margin, baseline, SKTextAlign.Left, font, ink);
            baseline += lineHeight;
        }
    }
}
