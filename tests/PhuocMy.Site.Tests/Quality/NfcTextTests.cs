using System.Globalization;
using System.Text;
using PhuocMy.Site.Quality;

namespace PhuocMy.Site.Tests.Quality;

/// <summary>The NFC check's shortcut answers as ICU does.</summary>
public sealed class NfcTextTests
{
    private static readonly char[] Inert = NfcText.InertRanges
        .SelectMany(range => Enumerable.Range(range.First, range.Last - range.First + 1)).Select(c => (char)c).ToArray();

    [Fact]
    public void Each_inert_character_is_a_starter_in_nfc()
    {
        foreach (var c in Inert)
        {
            Assert.False(char.IsSurrogate(c));
            Assert.True(c.ToString().IsNormalized(NormalizationForm.FormC), $"U+{(int)c:X4}");
            Assert.DoesNotContain(CharUnicodeInfo.GetUnicodeCategory(c),
                new[] { UnicodeCategory.NonSpacingMark, UnicodeCategory.SpacingCombiningMark, UnicodeCategory.EnclosingMark });
        }
    }

    /// <summary>Under NFC a starter only composes with what is right before it, so pairs cover every text of them.</summary>
    [Fact]
    public void Every_pair_of_inert_characters_is_nfc()
    {
        var pair = new char[2];
        foreach (var first in Inert)
        {
            pair[0] = first;
            foreach (var second in Inert)
            {
                pair[1] = second;
                if (!new string(pair).IsNormalized(NormalizationForm.FormC))
                    Assert.Fail($"U+{(int)first:X4} U+{(int)second:X4}");
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("Phường Phước Mỹ tổ chức hội nghị – “sơ kết” 6 tháng… 100.000₫")]
    [InlineData("Phu\u031B\u0300o\u031Bng")]
    [InlineData("e\u0301")]
    [InlineData("\u1EBF\u0301")]
    [InlineData("A\u030A")]
    [InlineData("\u212B")]
    [InlineData("\u2000 \u2001")]
    [InlineData("\u1100\u1161")]
    [InlineData("한국어")]
    public void Agrees_with_ICU(string text)
    {
        Assert.Equal(text.IsNormalized(NormalizationForm.FormC), NfcText.IsNormalized(text));
    }
}
