using System.Buffers;
using System.Text.RegularExpressions;

namespace PhuocMy.Site.Content;

/// <summary>
/// What Word, web pages and phone keyboards put into text that nobody sees: zero-width spaces, and non-breaking or other
/// Unicode spaces where Markdown needs a plain space ("##&#160;Tiêu đề" would otherwise be a paragraph, "-&#160;mục" not a
/// list item). Line numbers never change, so every later message still names the right line.
/// </summary>
public static partial class PastedText
{
    /// <summary>Zero-width space, word joiner and a byte order mark inside the text: invisible, and never meant.</summary>
    public static string WithoutInvisibleCharacters(string text) =>
        text.AsSpan().IndexOfAny(Invisible) < 0 ? text : InvisiblePattern().Replace(text, "");

    /// <summary>
    /// In a Markdown body: plain spaces after block markers (<c>#</c>, <c>-</c>, <c>1.</c>, <c>&gt;</c>), a space after
    /// <c>##</c> written straight before the heading text, a list item for a pasted bullet (<c>•</c>), and "~~~250 hộ~~" kept as
    /// text rather than opening a code block. Code blocks are left alone.
    /// </summary>
    public static string MarkdownBody(string body)
    {
        if (!NeedsBodyRepair(body)) return body;
        var lines = body.Split('\n');
        string? fence = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var fenceMatch = FenceLine().Match(line);
            if (fenceMatch.Success && fence is null && fenceMatch.Groups["fence"].Value[0] == '~' && line[(fenceMatch.Index + fenceMatch.Length)..].Contains('~'))
            {
                // "~~~250 hộ~~" is struck-through prose, not a code block whose first line would be hidden as its "language".
                lines[i] = line.Insert(fenceMatch.Groups["fence"].Index, "\\");
                continue;
            }
            if (fenceMatch.Success)
            {
                var marker = fenceMatch.Groups["fence"].Value;
                if (fence is null) fence = marker;
                else if (marker[0] == fence[0] && marker.Length >= fence.Length) fence = null;
                continue;
            }
            if (fence is not null) continue;
            lines[i] = BlockMarker().Replace(line, match =>
                match.Groups["indent"].Value.Replace('\u00A0', ' ')
                + UnicodeSpaces().Replace(match.Groups["quotes"].Value, " ")
                + (IsPastedBullet(match.Groups["marker"].Value) ? "-" : match.Groups["marker"].Value)
                + " ");
        }
        return string.Join('\n', lines);
    }

    /// <summary>Unicode spaces other than the plain one: no-break, thin, ideographic…</summary>
    public static bool IsUnicodeSpace(char c) => c is '\u00A0' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\u3000';

    private static bool IsPastedBullet(string marker) => marker is "•" or "●" or "▪" or "◦";

    private static bool NeedsBodyRepair(string body)
    {
        foreach (var c in body)
            if (IsUnicodeSpace(c) || c is '#' or '•' or '●' or '▪' or '◦') return true;
        return body.Contains("~~~", StringComparison.Ordinal);
    }

    private static readonly SearchValues<char> Invisible = SearchValues.Create("\u200B\u2060\uFEFF");

    [GeneratedRegex("[\u200B\u2060\uFEFF]")]
    private static partial Regex InvisiblePattern();

    [GeneratedRegex("[\u00A0\u2000-\u200A\u202F\u205F\u3000]")]
    private static partial Regex UnicodeSpaces();

    // A fence at the start of a line, or of a list item or quote ("- ~~~", "> ```").
    [GeneratedRegex(@"^(?:[ \t]{0,3}(?:>|[-*+]|\d{1,9}[.)])[ \t]+)*[ \t]{0,3}(?<fence>`{3,}|~{3,})")]
    private static partial Regex FenceLine();

    // A marker followed by Unicode spaces, a "##" glued to its heading text, or a pasted bullet with any space after it.
    [GeneratedRegex(@"^(?<indent>[ \u00A0]{0,3})(?<quotes>(?:>[ \u00A0]?)*)(?:(?<marker>#{1,6}|[-*+]|\d{1,9}[.)])[\u00A0\u2000-\u200A\u202F\u205F\u3000]+|(?<marker>#{2,6})(?=\p{L})|(?<marker>[•●▪◦])[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]+)")]
    private static partial Regex BlockMarker();
}
