using System.Globalization;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace PhuocMy.Site.SharingCards;

/// <summary>
/// Breaks a title into lines that fit a width, measuring each line as HarfBuzz shapes it (so stacked Vietnamese
/// marks are measured as drawn). Lines break at spaces; a word wider than a whole line breaks between letters,
/// never inside a letter and its marks.
/// </summary>
internal static class TitleLayout
{
    public static List<string> Wrap(string text, SKShaper shaper, SKFont font, float width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (Width(candidate, shaper, font) <= width)
            {
                line = candidate;
                continue;
            }
            if (line.Length > 0) lines.Add(line);
            line = word;
            while (Width(line, shaper, font) > width && SplitLongWord(line, shaper, font, width) is var (head, tail))
            {
                lines.Add(head);
                line = tail;
            }
        }
        if (line.Length > 0) lines.Add(line);
        return lines;
    }

    public static float Width(string text, SKShaper shaper, SKFont font) => shaper.Shape(text, font).Width;

    /// <summary>The longest run of whole letters (grapheme clusters) that fits, and the rest.</summary>
    private static (string Head, string Tail)? SplitLongWord(string word, SKShaper shaper, SKFont font, float width)
    {
        var clusters = StringInfo.ParseCombiningCharacters(word);
        if (clusters.Length < 2) return null;
        var fit = 1;
        while (fit < clusters.Length && Width(word[..clusters[fit]], shaper, font) <= width) fit++;
        var cut = clusters[Math.Max(1, fit - 1)];
        return (word[..cut], word[cut..]);
    }
}
