using System.Buffers;
using System.Text;

namespace PhuocMy.Site.Quality;

/// <summary>
/// Whether a text is in Unicode NFC, as <see cref="string.IsNormalized(NormalizationForm)"/> answers, without calling
/// ICU for the common text of the site: one made only of the characters below, which is NFC whatever their order.
/// </summary>
internal static class NfcText
{
    /// <summary>
    /// Starters (canonical combining class 0) that are their own NFC and never compose with the character before them,
    /// so no sequence of them changes under NFC. Below U+0300 every character is so (ICU's own quick check starts there);
    /// the rest are Vietnamese letters with two marks, punctuation and currency signs. A test checks every pair.
    /// </summary>
    internal static readonly (char First, char Last)[] InertRanges =
    [
        ('\u0000', '\u02FF'),
        ('\u1E00', '\u1EFF'),
        ('\u2010', '\u2027'),
        ('\u2030', '\u205E'),
        ('\u20A0', '\u20C0'),
    ];

    private static readonly SearchValues<char> Inert = SearchValues.Create(
        InertRanges.SelectMany(range => Enumerable.Range(range.First, range.Last - range.First + 1)).Select(c => (char)c).ToArray());

    public static bool IsNormalized(string text) =>
        !text.AsSpan().ContainsAnyExcept(Inert) || text.IsNormalized(NormalizationForm.FormC);
}
