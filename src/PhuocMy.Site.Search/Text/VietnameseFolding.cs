using System.Globalization;
using System.Text;

namespace PhuocMy.Site.Search.Text;

/// <summary>
/// The two forms a word takes in the index. The exact form is NFC and lowercase (vi-VN): "Đại" → "đại".
/// The folded form drops tones and other diacritics and maps đ → d: "Đại" → "dai", "Dương" and "đường" → "duong",
/// so people who type without diacritics still find what they look for, while exact matches can rank first.
/// </summary>
/// <remarks>
/// search.js applies the same rules (NFC, toLowerCase, NFD, drop \p{Mn}, đ → d); a change here must be made there
/// too, and bumps <see cref="Tokens.DocumentTokens.FormatVersion"/>.
/// </remarks>
public static class VietnameseFolding
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>In the fold tables: the character is a combining mark and disappears when folded.</summary>
    private const char Dropped = '\0';

    /// <summary>In the fold tables: the character folds to more than one character (Hangul syllables…).</summary>
    private const char Complex = '\uFFFF';

    private static readonly TextInfo Casing = Culture.TextInfo;
    private static readonly char[] LowerTable = BuildLowerTable();
    /// <summary>Folded form per character, built per block of 256 on first use (a Vietnamese text touches a handful).</summary>
    private static readonly char[]?[] FoldBlocks = new char[]?[256];

    /// <summary>NFC, then lowercase: the form exact-diacritics matches compare.</summary>
    public static string Exact(string text)
    {
        var normalized = WellFormed(text).Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(normalized.Length);
        foreach (var rune in normalized.EnumerateRunes())
            AppendLower(rune, builder);
        return builder.ToString();
    }

    /// <summary>Exact form without tones or other diacritics, đ as d: the form every match compares.</summary>
    public static string Fold(string text) => FoldExact(Exact(text));

    /// <summary>Folds a word already in exact form (lowercase NFC), as the tokenizer produces it.</summary>
    public static string FoldExact(string exact)
    {
        var buffer = exact.Length <= 128 ? stackalloc char[exact.Length * 4] : new char[exact.Length * 4];
        return new string(buffer[..FoldExact(exact, buffer)]);
    }

    /// <summary>
    /// Folds <paramref name="exact"/> into <paramref name="destination"/>. Four times its length is always enough:
    /// a canonical decomposition has at most four code points (Hangul syllables: three letters).
    /// </summary>
    public static int FoldExact(ReadOnlySpan<char> exact, Span<char> destination)
    {
        var length = 0;
        for (var i = 0; i < exact.Length; i++)
        {
            var c = exact[i];
            var folded = (FoldBlocks[c >> 8] ?? BuildFoldBlock(c >> 8))[c & 0xFF];
            if (folded == Dropped) continue;
            if (folded != Complex)
            {
                destination[length++] = folded;
                continue;
            }
            var isPair = char.IsHighSurrogate(exact[i]) && i + 1 < exact.Length && char.IsLowSurrogate(exact[i + 1]);
            var piece = FoldReference(exact.Slice(i, isPair ? 2 : 1).ToString());
            piece.CopyTo(destination[length..]);
            length += piece.Length;
            if (isPair) i++;
        }
        return length;
    }

    /// <summary>The definition the fast tables are built from: NFD, drop nonspacing marks, đ → d.</summary>
    internal static string FoldReference(string exact)
    {
        var decomposed = WellFormed(exact).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var rune in decomposed.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.NonSpacingMark) continue;
            if (rune.Value == 'đ') builder.Append('d');
            else builder.Append(rune.ToString());
        }
        return builder.ToString();
    }

    /// <summary>Lone surrogates and U+FFFE (which .NET refuses to normalize) become U+FFFD, as in any UTF-8 output.</summary>
    internal static string WellFormed(string text)
    {
        if (IsWellFormed(text)) return text;
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes()) builder.Append(rune.Value == NotACharacter ? Rune.ReplacementChar.ToString() : rune.ToString());
        return builder.ToString();
    }

    private const char NotACharacter = '\uFFFE';

    private static bool IsWellFormed(string text)
    {
        var span = text.AsSpan();
        if (span.Contains(NotACharacter)) return false;
        for (var i = span.IndexOfAnyInRange('\uD800', '\uDFFF'); i >= 0;)
        {
            if (!char.IsHighSurrogate(span[i]) || i + 1 == span.Length || !char.IsLowSurrogate(span[i + 1])) return false;
            var next = span[(i + 2)..].IndexOfAnyInRange('\uD800', '\uDFFF');
            i = next < 0 ? -1 : i + 2 + next;
        }
        return true;
    }

    /// <summary>Lowercase of one UTF-16 unit that is not a surrogate.</summary>
    internal static char Lower(char c) => LowerTable[c];

    internal static void AppendLower(Rune rune, StringBuilder builder)
    {
        if (rune.IsBmp) builder.Append(LowerTable[rune.Value]);
        else builder.Append(Rune.ToLower(rune, Culture).ToString());
    }

    private static char[] BuildLowerTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
            table[c] = char.IsSurrogate((char)c) ? (char)c : Casing.ToLower((char)c);
        return table;
    }

    /// <summary>Concurrent first uses may both build a block: they build the same one, either may be kept.</summary>
    private static char[] BuildFoldBlock(int block)
    {
        var table = new char[256];
        for (var low = 0; low < 256; low++)
        {
            var ch = (char)((block << 8) | low);
            if (ch is > Dropped and < (char)0x80)
            {
                table[low] = ch;
                continue;
            }
            if (ch is Dropped or Complex or NotACharacter || char.IsSurrogate(ch))
            {
                table[low] = Complex;
                continue;
            }
            var folded = FoldReference(ch.ToString());
            table[low] = folded.Length switch
            {
                0 => Dropped,
                1 => folded[0],
                _ => Complex,
            };
        }
        FoldBlocks[block] = table;
        return table;
    }
}
