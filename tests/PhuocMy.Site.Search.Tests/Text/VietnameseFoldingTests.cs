using System.Text;
using PhuocMy.Site.Search.Text;

namespace PhuocMy.Site.Search.Tests.Text;

public sealed class VietnameseFoldingTests
{
    [Theory]
    [InlineData("Đại hội", "dai hoi")]
    [InlineData("ĐẠI HỘI ĐẢNG BỘ", "dai hoi dang bo")]
    [InlineData("đường", "duong")]
    [InlineData("Dương", "duong")]
    [InlineData("Phước Mỹ", "phuoc my")]
    [InlineData("Ngân sách", "ngan sach")]
    [InlineData("Sơn Trà, Đà Nẵng", "son tra, da nang")]
    [InlineData("ăn ắn ằn ẳn ẵn ặn", "an an an an an an")]
    [InlineData("ơ ờ ớ ở ỡ ợ ư ừ ứ ử ữ ự", "o o o o o o u u u u u u")]
    [InlineData("Hà Bổng 8.670.000.000 đ", "ha bong 8.670.000.000 d")]
    public void Fold_removes_tones_and_other_diacritics_and_maps_d_with_stroke(string text, string folded) =>
        Assert.Equal(folded, VietnameseFolding.Fold(text));

    [Fact]
    public void Decomposed_input_folds_and_lowercases_like_precomposed_input()
    {
        var precomposed = "Đại hội Đảng bộ phường Phước Mỹ";
        var decomposed = precomposed.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(precomposed, decomposed);

        Assert.Equal("đại hội đảng bộ phường phước mỹ", VietnameseFolding.Exact(decomposed));
        Assert.Equal(VietnameseFolding.Exact(precomposed), VietnameseFolding.Exact(decomposed));
        Assert.Equal("dai hoi dang bo phuong phuoc my", VietnameseFolding.Fold(decomposed));
    }

    [Fact]
    public void Exact_form_keeps_the_diacritics_that_tell_words_apart()
    {
        Assert.Equal("đường", VietnameseFolding.Exact("Đường"));
        Assert.Equal("dương", VietnameseFolding.Exact("DƯƠNG"));
        Assert.NotEqual(VietnameseFolding.Exact("đường"), VietnameseFolding.Exact("Dương"));
        Assert.Equal(VietnameseFolding.Fold("đường"), VietnameseFolding.Fold("Dương"));
    }

    [Fact]
    public void Exact_form_is_the_vietnamese_lowercase_of_the_nfc_text()
    {
        var culture = VietnameseFolding.Culture;
        foreach (var text in new[] { "Ủy ban Mặt trận Tổ quốc", "HỘI LIÊN HIỆP PHỤ NỮ", "Quyết định số 12/QĐ-UBND", "Ỷ Ỹ Ỵ Ữ Ự" })
            Assert.Equal(text.Normalize(NormalizationForm.FormC).ToLower(culture), VietnameseFolding.Exact(text));
    }

    [Fact]
    public void Fast_folding_table_agrees_with_the_definition_for_every_character()
    {
        var disagreements = new List<string>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            if (char.IsSurrogate(ch)) continue;
            var exact = VietnameseFolding.Exact(ch.ToString());
            var expected = VietnameseFolding.FoldReference(exact);
            var actual = VietnameseFolding.FoldExact(exact);
            if (expected != actual) disagreements.Add($"U+{c:X4}: expected '{expected}', got '{actual}'");
        }
        Assert.True(disagreements.Count == 0, string.Join(Environment.NewLine, disagreements.Take(20)));
    }

    [Fact]
    public void Characters_outside_the_basic_plane_fold_too()
    {
        // U+1D400 MATHEMATICAL BOLD CAPITAL A has no decomposition in NFD: it stays, lowercase-insensitive as it is.
        Assert.Equal("\U0001D400", VietnameseFolding.Fold("\U0001D400"));
        Assert.Equal("gà \U0001F414", VietnameseFolding.Exact("Gà \U0001F414"));
        Assert.Equal("ga \U0001F414", VietnameseFolding.Fold("Gà \U0001F414"));
    }

    [Fact]
    public void Malformed_text_does_not_throw_and_keeps_its_readable_part()
    {
        Assert.Equal("dai \uFFFD hoi", VietnameseFolding.Fold("Đại \uD800 hội"));
        Assert.Equal("a\uFFFDb", VietnameseFolding.Fold("a\uFFFEb"));
    }
}
