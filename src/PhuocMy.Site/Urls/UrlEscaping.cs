using System.Text;

namespace PhuocMy.Site.Urls;

/// <summary>
/// An address as it may stand in an attribute: spaces, control characters and letters outside ASCII percent-escaped
/// in UTF-8 (as Markdig writes Markdown links), everything else — including escapes already there — kept.
/// </summary>
public static class UrlEscaping
{
    public static string Escape(string url)
    {
        if (url.All(c => c > 0x20 && c < 0x7F)) return url;
        var builder = new StringBuilder(url.Length + 16);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.IsAscii && rune.Value > 0x20 && rune.Value < 0x7F) { builder.Append((char)rune.Value); continue; }
            foreach (var b in bytes[..rune.EncodeToUtf8(bytes)]) builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }
}
