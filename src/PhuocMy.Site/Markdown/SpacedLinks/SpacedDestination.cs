using System.Text.RegularExpressions;

namespace PhuocMy.Site.Markdown.SpacedLinks;

/// <summary>The address and title inside <c>( … )</c> of a link whose address has spaces.</summary>
/// <param name="End">Index of the closing parenthesis in the text.</param>
internal readonly partial record struct SpacedDestination(string Url, string? Title, int End)
{
    /// <param name="open">Index of the opening parenthesis.</param>
    public static bool TryRead(string text, int open, int limit, out SpacedDestination destination)
    {
        destination = default;
        var depth = 0;
        for (var i = open + 1; i <= limit && i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '<') return false;
            if (c == '\\') { i++; continue; }
            if (c == '(') depth++;
            else if (c == ')' && depth-- == 0)
            {
                var inside = text[(open + 1)..i].Trim();
                if (inside.Length == 0 || !inside.Any(char.IsWhiteSpace)) return false;
                var titled = TitledAddress().Match(inside);
                destination = titled.Success
                    ? new SpacedDestination(titled.Groups["url"].Value, titled.Groups["title"].Value, i)
                    : new SpacedDestination(inside, null, i);
                return destination.Url.Length > 0;
            }
        }
        return false;
    }

    // An address, spaces, then a title in straight or curly quotes: /images/hội nghị.png "Hội nghị".
    [GeneratedRegex(@"^(?<url>.+?)\s+(?:""(?<title>[^""]*)""|'(?<title>[^']*)'|“(?<title>[^”]*)”|‘(?<title>[^’]*)’)$")]
    private static partial Regex TitledAddress();
}
