using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace PhuocMy.Site.Search.Text;

/// <summary>
/// Splits text into words the way search.js splits a query: a word is a run of letters, digits and combining marks
/// (<c>[\p{L}\p{N}\p{M}]+</c>); everything else separates words. Vietnamese syllables ("đại", "hội") are words.
/// Words are returned in exact form (lowercase NFC); words longer than <see cref="MaxWordLength"/> (not words a
/// person types: long codes, runs of letters without spaces) and runs of marks alone are left out on both sides.
/// </summary>
public static class SearchTokenizer
{
    public const int MaxWordLength = 64;

    /// <summary>Room a caller gives <see cref="Words"/> for one word (a surrogate pair may lowercase to two units).</summary>
    public const int BufferLength = MaxWordLength + 2;

    private static readonly CharKind[] Kinds = BuildKinds();

    /// <summary>The words of <paramref name="nfcText"/>, each written into <paramref name="buffer"/> in turn.</summary>
    public static WordEnumerator Words(ReadOnlySpan<char> nfcText, Span<char> buffer) => new(nfcText, buffer);

    /// <summary>Words of any text (normalized first), each with its exact and folded form.</summary>
    public static IReadOnlyList<SearchWord> Tokenize(string text)
    {
        var words = new List<SearchWord>();
        var normalized = VietnameseFolding.WellFormed(text).Normalize(NormalizationForm.FormC);
        foreach (var word in Words(normalized, stackalloc char[BufferLength]))
        {
            var exact = word.ToString();
            words.Add(new SearchWord(exact, VietnameseFolding.FoldExact(exact)));
        }
        return words;
    }

    internal static CharKind KindOf(char c) => Kinds[c];

    /// <summary>Enumerates words as spans into a caller's buffer: no allocation per word.</summary>
    public ref struct WordEnumerator
    {
        private readonly ReadOnlySpan<char> text;
        private readonly Span<char> buffer;
        private int position;
        private int length;

        internal WordEnumerator(ReadOnlySpan<char> text, Span<char> buffer)
        {
            if (buffer.Length < BufferLength) throw new ArgumentException($"The buffer needs {BufferLength} characters.", nameof(buffer));
            this.text = text;
            this.buffer = buffer;
        }

        public readonly ReadOnlySpan<char> Current => buffer[..length];

        public readonly WordEnumerator GetEnumerator() => this;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool MoveNext()
        {
            while (position < text.Length)
            {
                var (kind, width) = KindAt(position);
                if (kind == CharKind.Separator)
                {
                    position += width;
                    continue;
                }
                if (ReadWord()) return true;
            }
            return false;
        }

        /// <summary>Reads the word at the position; false when it is left out (too long, or marks only).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private bool ReadWord()
        {
            length = 0;
            var tooLong = false;
            var hasBase = false;
            while (position < text.Length)
            {
                var (kind, width) = KindAt(position);
                if (kind == CharKind.Separator) break;
                hasBase |= kind == CharKind.Base;
                if (!tooLong)
                {
                    if (width == 1)
                    {
                        if (length < MaxWordLength) buffer[length++] = VietnameseFolding.Lower(text[position]);
                        else tooLong = true;
                    }
                    else
                    {
                        var lower = Rune.ToLower(new Rune(text[position], text[position + 1]), VietnameseFolding.Culture);
                        if (length + lower.Utf16SequenceLength <= MaxWordLength) length += lower.EncodeToUtf16(buffer[length..]);
                        else tooLong = true;
                    }
                }
                position += width;
            }
            return hasBase && !tooLong;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private readonly (CharKind Kind, int Width) KindAt(int index)
        {
            var c = text[index];
            if (!char.IsSurrogate(c)) return (Kinds[c], 1);
            if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
                return (KindOf(Rune.GetUnicodeCategory(new Rune(c, text[index + 1]))), 2);
            return (CharKind.Separator, 1);
        }
    }

    internal enum CharKind : byte
    {
        Separator,
        Base,
        Mark,
    }

    private static CharKind[] BuildKinds()
    {
        var kinds = new CharKind[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
            kinds[c] = char.IsSurrogate((char)c) ? CharKind.Separator : KindOf(CharUnicodeInfo.GetUnicodeCategory((char)c));
        return kinds;
    }

    private static CharKind KindOf(UnicodeCategory category) => category switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => CharKind.Base,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => CharKind.Mark,
        _ => CharKind.Separator,
    };
}

/// <summary>A word of a text or query: its exact form ("đường") and folded form ("duong").</summary>
public readonly record struct SearchWord(string Exact, string Folded);
