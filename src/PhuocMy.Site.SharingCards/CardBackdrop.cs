using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace PhuocMy.Site.SharingCards;

/// <summary>
/// What every card of a site has in common, drawn once: the background, the emblem and site name at the top, the
/// accent bars and the footer. A card is this picture with its title over it, so the rows above and below the
/// title are the backdrop's (<see cref="PngRows"/> keeps them compressed), in RGB and, where its colours allow,
/// as palette indices.
/// </summary>
internal sealed class CardBackdrop
{
    private const int Width = SharingCardRenderer.Width;
    private const int Height = SharingCardRenderer.Height;

    private CardBackdrop(PngRows rgb, CardPalette? palette, PngRows? indexed) => (Rgb, Palette, Indexed) = (rgb, palette, indexed);

    /// <summary>The backdrop in RGB, three bytes a pixel.</summary>
    public PngRows Rgb { get; }

    /// <summary>The colours of <see cref="Indexed"/>, or null when the backdrop has too many to be written so.</summary>
    public CardPalette? Palette { get; }

    /// <summary>The backdrop as indices into <see cref="Palette"/>, one byte a pixel.</summary>
    public PngRows? Indexed { get; }

    public static CardBackdrop Draw(CardStyle style, SKTypeface typeface, SKPicture? emblem, string siteName, string footer)
    {
        var info = new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException("SkiaSharp could not create a drawing surface.");
        var canvas = surface.Canvas;
        canvas.Clear(CardText.Color(style.Background));
        using var shaper = new SKShaper(typeface);
        DrawHeader(canvas, shaper, style, typeface, emblem, siteName);
        DrawFooter(canvas, shaper, style, typeface, footer);

        using var pixels = surface.PeekPixels();
        var rgba = pixels.GetPixelSpan();
        var rgb = new byte[Width * Height * 3];
        for (int from = 0, to = 0; to < rgb.Length; from += 4, to += 3)
            (rgb[to], rgb[to + 1], rgb[to + 2]) = (rgba[from], rgba[from + 1], rgba[from + 2]);
        return CardPalette.For(rgb, style.Background, style.Foreground) is var (palette, indices)
            ? new CardBackdrop(new PngRows(rgb, 3), palette, new PngRows(indices, 1))
            : new CardBackdrop(new PngRows(rgb, 3), null, null);
    }

    private static void DrawHeader(SKCanvas canvas, SKShaper shaper, CardStyle style, SKTypeface typeface, SKPicture? emblem, string siteName)
    {
        var textLeft = CardLayout.Margin;
        if (emblem is not null)
        {
            canvas.Save();
            canvas.Translate(CardLayout.Margin, CardLayout.EmblemTop);
            var bounds = emblem.CullRect;
            canvas.Scale(CardLayout.EmblemSize / Math.Max(bounds.Width, bounds.Height));
            canvas.Translate(-bounds.Left, -bounds.Top);
            canvas.DrawPicture(emblem);
            canvas.Restore();
            textLeft += CardLayout.EmblemSize + 24;
        }

        using var font = CardText.Font(typeface, 30);
        var available = Width - CardLayout.Margin - textLeft;
        while (font.Size > 20 && TitleLayout.Width(siteName, shaper, font) > available) font.Size -= 2;
        var middle = CardLayout.EmblemTop + CardLayout.EmblemSize / 2;
        var baseline = middle - (font.Metrics.Ascent + font.Metrics.Descent) / 2;
        using var paint = CardText.Paint(style.Foreground);
        canvas.DrawShapedText(shaper, CardText.Fit(siteName, shaper, font, available), textLeft, baseline, SKTextAlign.Left, font, paint);

        using var accent = CardText.Paint(style.Accent);
        canvas.DrawRect(CardLayout.Margin, CardLayout.EmblemTop + CardLayout.EmblemSize + 32, 96, 8, accent);
    }

    private static void DrawFooter(SKCanvas canvas, SKShaper shaper, CardStyle style, SKTypeface typeface, string footer)
    {
        using var accent = CardText.Paint(style.Accent);
        canvas.DrawRect(0, Height - 10, Width, 10, accent);
        using var font = CardText.Font(typeface, 26);
        using var paint = CardText.Paint(style.Foreground);
        canvas.DrawShapedText(shaper, CardText.Fit(footer, shaper, font, Width - 2 * CardLayout.Margin), CardLayout.Margin, Height - 36, SKTextAlign.Left, font, paint);
    }
}
