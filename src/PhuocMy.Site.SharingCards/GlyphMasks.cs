using System.Collections.Concurrent;
using SkiaSharp;

namespace PhuocMy.Site.SharingCards;

/// <summary>
/// Each glyph of the card font as coverage, rasterized by Skia once per size and then laid down by hand. Text is
/// drawn without subpixel positioning, so a glyph's pixels are the same wherever it stands; Skia's own text drawing
/// cost about 15 µs a glyph here even with its glyph cache warm, against well under one for copying the mask.
/// </summary>
internal sealed class GlyphMasks(SKTypeface typeface)
{
    private readonly ConcurrentDictionary<(ushort Glyph, float Size), Mask> masks = new();

    /// <summary>A glyph's coverage, <paramref name="Left"/> and <paramref name="Top"/> from its origin.</summary>
    public sealed record Mask(int Left, int Top, int Width, int Height, byte[] Alpha);

    public Mask Of(ushort glyph, float size) => masks.GetOrAdd((glyph, size), static (key, typeface) => Rasterize(typeface, key.Glyph, key.Size), typeface);

    /// <summary>
    /// Lays the glyph at <paramref name="x"/>, <paramref name="y"/> (rounded to a pixel, as Skia does without
    /// subpixel positioning) over <paramref name="coverage"/>, source over, and widens <paramref name="inked"/> to
    /// the pixels it may have touched.
    /// </summary>
    public static void Draw(Mask mask, float x, float y, Span<byte> coverage, int width, int height, ref SKRectI inked)
    {
        int left = (int)MathF.Floor(x + 0.5f) + mask.Left, top = (int)MathF.Floor(y + 0.5f) + mask.Top;
        int fromX = Math.Max(0, -left), toX = Math.Min(mask.Width, width - left);
        int fromY = Math.Max(0, -top), toY = Math.Min(mask.Height, height - top);
        if (fromX >= toX || fromY >= toY) return;
        var touched = new SKRectI(left + fromX, top + fromY, left + toX, top + toY);
        inked = inked.IsEmpty ? touched : SKRectI.Union(inked, touched);
        for (var row = fromY; row < toY; row++)
        {
            var source = mask.Alpha.AsSpan(row * mask.Width, mask.Width);
            var target = coverage.Slice((top + row) * width + left, mask.Width);
            for (var column = fromX; column < toX; column++)
            {
                int over = source[column];
                if (over == 0) continue;
                int under = target[column];
                target[column] = (byte)(over + (under * (255 - over) + 127) / 255);
            }
        }
    }

    private static Mask Rasterize(SKTypeface typeface, ushort glyph, float size)
    {
        using var font = CardText.Font(typeface, size);
        var bounds = new SKRect[1];
        font.GetGlyphWidths([glyph], [0f], bounds);
        int left = (int)MathF.Floor(bounds[0].Left) - 1, top = (int)MathF.Floor(bounds[0].Top) - 1;
        int width = Math.Max(1, (int)MathF.Ceiling(bounds[0].Right) + 1 - left), height = Math.Max(1, (int)MathF.Ceiling(bounds[0].Bottom) + 1 - top);

        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Alpha8, SKAlphaType.Premul))
            ?? throw new InvalidOperationException("SkiaSharp could not create a drawing surface.");
        surface.Canvas.Clear(SKColors.Transparent);
        using var builder = new SKTextBlobBuilder();
        var run = builder.AllocatePositionedRun(font, 1);
        run.Glyphs[0] = glyph;
        run.Positions[0] = new SKPoint(-left, -top);
        using (var blob = builder.Build())
        using (var ink = new SKPaint { Color = SKColors.White, IsAntialias = true })
            surface.Canvas.DrawText(blob, 0, 0, ink);

        using var pixels = surface.PeekPixels();
        var alpha = new byte[width * height];
        for (var row = 0; row < height; row++)
            pixels.GetPixelSpan().Slice(row * pixels.RowBytes, width).CopyTo(alpha.AsSpan(row * width));
        return new Mask(left, top, width, height, alpha);
    }
}
