using System.Buffers;
using System.Collections.Concurrent;
using SkiaSharp;
using Svg.Skia;

namespace PhuocMy.Site.SharingCards;

/// <summary>
/// Draws 1200×630 PNG sharing cards (the size Facebook and Zalo show large): the site's colours, its emblem and
/// name at the top, the title in large type, the site's address at the bottom. Text is shaped with HarfBuzz from
/// the style's own font, and drawing is CPU-only, so the same card and style give the same bytes on every run.
/// What cards share (everything but the title) is drawn and compressed once per site name and footer
/// (<see cref="CardBackdrop"/>); each card then costs its title alone.
/// Thread-safe: cards may be rendered in parallel.
/// </summary>
public sealed class SharingCardRenderer : IDisposable
{
    public const int Width = 1200;
    public const int Height = 630;

    /// <summary>Bump when the drawing changes, so every card gets a new file name (and sharing sites fetch it anew).</summary>
    public const int LayoutVersion = 1;

    private readonly CardStyle style;
    private readonly SKData fontData;
    private readonly SKTypeface typeface;
    private readonly SKPicture? emblem;
    private readonly SKSvg? svg;
    private readonly GlyphMasks glyphs;
    private readonly ConcurrentDictionary<(string SiteName, string Footer), Lazy<CardBackdrop>> backdrops = new();

    public SharingCardRenderer(CardStyle style)
    {
        this.style = style;
        fontData = SKData.CreateCopy(style.Font.Span);
        typeface = SKTypeface.FromData(fontData) ?? throw new ArgumentException("The card font is not a font file SkiaSharp can read.", nameof(style));
        glyphs = new GlyphMasks(typeface);
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
        using var font = CardText.Font(typeface, 12);
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
        var backdrop = backdrops.GetOrAdd((card.SiteName, card.Footer),
            key => new Lazy<CardBackdrop>(() => CardBackdrop.Draw(style, typeface, emblem, key.SiteName, key.Footer))).Value;
        var coverage = ArrayPool<byte>.Shared.Rent(Width * Height);
        try
        {
            var inked = TitleInk.Draw(typeface, glyphs, card.Title, coverage);
            return CardPng.Write(backdrop, style.Foreground, coverage.AsSpan(0, Width * Height), inked);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(coverage);
        }
    }

    public void Dispose()
    {
        emblem?.Dispose();
        svg?.Dispose();
        typeface.Dispose();
        fontData.Dispose();
    }
}
