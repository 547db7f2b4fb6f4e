using System.Text;

namespace PhuocMy.Site.Charts.Html;

/// <summary>
/// Escapes text for HTML and SVG (text and double-quoted attributes). Unlike WebUtility.HtmlEncode it leaves
/// Vietnamese letters such as "á" readable instead of turning them into numeric entities.
/// </summary>
internal static class MarkupText
{
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"") < 0)
        {
            return text;
        }
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }
}
