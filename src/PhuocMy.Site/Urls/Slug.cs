using System.Text;
using AnyAscii;

namespace PhuocMy.Site.Urls;

/// <summary>URL slugs and heading ids without diacritics: "Đảng ủy phường" → "dang-uy-phuong".</summary>
public static class Slug
{
    public static string From(string text)
    {
        var ascii = text.Normalize(NormalizationForm.FormC).Transliterate().ToLowerInvariant();
        var builder = new StringBuilder(ascii.Length);
        var pendingHyphen = false;
        foreach (var character in ascii)
        {
            if (character is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingHyphen && builder.Length > 0) builder.Append('-');
                builder.Append(character);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }
        return builder.ToString();
    }

    public static bool IsValid(string slug) => slug.Length > 0 && From(slug) == slug;

    /// <summary>Long enough for any real title; a file or folder name may not pass 255 bytes, and a page name is one.</summary>
    public const int MaxLength = 150;
}
