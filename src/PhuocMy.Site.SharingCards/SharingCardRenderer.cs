using SkiaSharp;
using SkiaSharp.HarfBuzz;
using Svg.Skia;

namespace PhuocMy.Site.SharingCards;

/// <summary>
/// Draws 1200×630 PNG sharing cards (the size Facebook and Zalo show large): the site's colours, its emblem and
/// name at the top, the title in large type, the site's address at the bottom. Text is shaped with HarfBuzz from
/// the style's own font, and drawing is CPU-only, so the same card and style give the same bytes on every run.
/// Thread-safe: cards may be rendered in parallel.
/// </summary>
public sealed class SharingCardRenderer : IDisposable
{
    public const int Width = 1200;
    public const int Height = 630;

    /// <summary>Bump when the drawing changes, so every card gets a new file name (and sharing sites fetch it anew).</summary>
    public const int LayoutVersion = 1;

    private const float Margin = 72;
    private const float EmblemSize = 88;
    private const float EmblemTop = 56;
    private const float TitleTop = 212;
    private const float TitleBottom = 560;
    private const float LineSpacing = 1.22f;
    private static readonly float[] TitleSizes = [64, 58, 52, 46, 40, 36, 32];
    private const string Ellipsis = "…";

    private readonly CardStyle style;
    private readonly SKData fontData;
    private readonly SKTypeface typeface;
    private readonly SKPicture? emblem;
    private readonly SKSvg? svg;

    public SharingCardRenderer(CardStyle style)
    {
        this.style = style;
        fontData = SKData.CreateCopy(style.Font.Span);
        typeface = SKTypeface.FromData(fontData) ?? throw new ArgumentException("The card font is not a font file SkiaSharp can read.", nameof(style));
        if (style.Emblem is { } emblemSvg)
        {
            svg = new SKSvg();
            using var stream = new MemoryStream(emblemSvg.ToArray());
            emblem = svg.Load(stream) ?? throw new ArgumentException("The card emblem is not an SVG file.", nameof(style));
        }
    }

    /// <summary>True when the font has a glyph for every letter of <paramref name="text"/> (else a box would be drawn).</summary>
    public bool CanDraw(string text)
    {
        using var font = Font(12);
        return font.ContainsGlyphs(string.Concat(text.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))));
    }

    /// <summary>A stable name for the card's picture: the same text and style give the same key.</summary>
    public string KeyOf(SharingCard card) => KeyOf(card, style);

    public static string KeyOf(SharingCard card, CardStyle style)
    {
        var text = $"{style.Fingerprint}\n{card.Title}\n{card.SiteName}\n{card.Footer}";
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..20];
    }

    public byte[] RenderPng(SharingCard card)
    {
        var info = new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException("SkiaSharp could not create a drawing surface.");
        var canvas = surface.Canvas;
        canvas.Clear(Color(style.Background));
        using var shaper = new SKShaper(typeface);

        DrawHeader(canvas, shaper, card.SiteName);
        DrawTitle(canvas, shaper, card.Title);
        DrawFooter(canvas, shaper, card.Footer);

        using var pixels = surface.PeekPixels();
        return PngEncoder.Encode(pixels.GetPixelSpan(), Width, Height);
    }

    private void DrawHeader(SKCanvas canvas, SKShaper shaper, string siteName)
    {
        var textLeft = Margin;
        if (emblem is not null)
        {
            canvas.Save();
            canvas.Translate(Margin, EmblemTop);
            var bounds = emblem.CullRect;
            canvas.Scale(EmblemSize / Math.Max(bounds.Width, bounds.Height));
            canvas.Translate(-bounds.Left, -bounds.Top);
            canvas.DrawPicture(emblem);
            canvas.Restore();
            textLeft += EmblemSize + 24;
        }

        using var font = Font(30);
        var available = Width - Margin - textLeft;
        while (font.Size > 20 && TitleLayout.Width(siteName, shaper, font) > available) font.Size -= 2;
        var middle = EmblemTop + EmblemSize / 2;
        var baseline = middle - (font.Metrics.Ascent + font.Metrics.Descent) / 2;
        using var paint = Paint(style.Foreground);
        canvas.DrawShapedText(shaper, Fit(siteName, shaper, font, available), textLeft, baseline, SKTextAlign.Left, font, paint);

        using var accent = Paint(style.Accent);
        canvas.DrawRect(Margin, EmblemTop + EmblemSize + 32, 96, 8, accent);
    }

    private void DrawTitle(SKCanvas canvas, SKShaper shaper, string title)
    {
        var width = Width - 2 * Margin;
        using var font = Font(TitleSizes[0]);
        List<string> lines = [];
        foreach (var size in TitleSizes)
        {
            font.Size = size;
            lines = TitleLayout.Wrap(title, shaper, font, width);
            if (lines.Count * size * LineSpacing <= TitleBottom - TitleTop) break;
        }

        var lineHeight = font.Size * LineSpacing;
        var maxLines = (int)((TitleBottom - TitleTop) / lineHeight);
        if (lines.Count > maxLines)
        {
            lines = lines.Take(maxLines).ToList();
            lines[^1] = Fit(lines[^1] + " " + Ellipsis, shaper, font, width);
        }

        using var paint = Paint(style.Foreground);
        var baseline = TitleTop - font.Metrics.Ascent;
        foreach (var line in lines)
        {
            canvas.DrawShapedText(shaper, line, Margin, baseline, SKTextAlign.Left, font, paint);
            baseline += lineHeight;
        }
    }

    private void DrawFooter(SKCanvas canvas, SKShaper shaper, string footer)
    {
        using var accent = Paint(style.Accent);
        canvas.DrawRect(0, Height - 10, Width, 10, accent);
        using var font = Font(26);
        using var paint = Paint(style.Foreground);
        canvas.DrawShapedText(shaper, Fit(footer, shaper, font, Width - 2 * Margin), Margin, Height - 36, SKTextAlign.Left, font, paint);
    }

    /// <summary>The text, shortened with "…" at a word boundary when it is wider than <paramref name="width"/>.</summary>
    private static string Fit(string text, SKShaper shaper, SKFont font, float width)
    {
        if (TitleLayout.Width(text, shaper, font) <= width) return text;
        var words = text.Replace(Ellipsis, "", StringComparison.Ordinal).TrimEnd().Split(' ');
        for (var count = words.Length - 1; count > 0; count--)
        {
            var shortened = string.Join(' ', words.Take(count)) + " " + Ellipsis;
            if (TitleLayout.Width(shortened, shaper, font) <= width) return shortened;
        }
        return Ellipsis;
    }

    private SKFont Font(float size) => new(typeface, size) { Edging = SKFontEdging.Antialias, Subpixel = false, Hinting = SKFontHinting.None };

    private static SKPaint Paint(CardColor color) => new() { Color = Color(color), IsAntialias = true };

    private static SKColor Color(CardColor color) => new(color.Red, color.Green, color.Blue);

    public void Dispose()
    {
        emblem?.Dispose();
        svg?.Dispose();
        typeface.Dispose();
        fontData.Dispose();
    }
}
