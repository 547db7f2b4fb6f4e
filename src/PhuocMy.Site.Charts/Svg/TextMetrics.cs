using System.Globalization;

namespace PhuocMy.Site.Charts.Svg;

/// <summary>
/// Generous text width estimates. SVG text cannot wrap or be measured at build time, so we assume
/// 0.62 em per character (Vietnamese letters with stacked diacritics are wide) and wrap on spaces.
/// </summary>
internal static class TextMetrics
{
    public const double EmPerCharacter = 0.62;

    public static double Width(string text, double fontSize) =>
        new StringInfo(text).LengthInTextElements * EmPerCharacter * fontSize;

    /// <summary>Greedy word wrap into lines no wider than <paramref name="maxWidth"/> where words allow.</summary>
    public static IReadOnlyList<string> Wrap(string text, double maxWidth, double fontSize)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && Width(candidate, fontSize) > maxWidth)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }
        if (current.Length > 0)
        {
            lines.Add(current);
        }
        return lines;
    }

    public static bool Fits(IReadOnlyList<string> lines, double maxWidth, double fontSize) =>
        lines.All(line => Width(line, fontSize) <= maxWidth);
}
