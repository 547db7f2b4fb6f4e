using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace PhuocMy.Site.SharingCards;

/// <summary>How text is set on a card: one font face, no hinting or subpixel positioning (the same pixels everywhere).</summary>
internal static class CardText
{
    public const string Ellipsis = "…";

    public static SKFont Font(SKTypeface typeface, float size) =>
        new(typeface, size) { Edging = SKFontEdging.Antialias, Subpixel = false, Hinting = SKFontHinting.None };

    public static SKPaint Paint(CardColor color) => new() { Color = Color(color), IsAntialias = true };

    public static SKColor Color(CardColor color) => new(color.Red, color.Green, color.Blue);

    /// <summary>The text, shortened with "…" at a word boundary when it is wider than <paramref name="width"/>.</summary>
    public static string Fit(string text, SKShaper shaper, SKFont font, float width)
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
}
