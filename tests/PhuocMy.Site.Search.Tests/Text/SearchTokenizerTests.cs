using System.Text;
using PhuocMy.Site.Search.Text;

namespace PhuocMy.Site.Search.Tests.Text;

public sealed class SearchTokenizerTests
{
    private static string[] Exact(string text) => SearchTokenizer.Tokenize(text).Select(w => w.Exact).ToArray();

    private static string[] Folded(string text) => SearchTokenizer.Tokenize(text).Select(w => w.Folded).ToArray();

    [Fact]
    public void Vietnamese_syllables_are_words_and_punctuation_separates_them()
    {
        Assert.Equal(["đại", "hội", "đảng", "bộ", "phường", "phước", "mỹ", "lần", "thứ", "xiii"],
            Exact("Đại hội Đảng bộ phường Phước Mỹ (lần thứ XIII)."));
        Assert.Equal(["dai", "hoi", "dang", "bo"], Folded("Đại hội, Đảng bộ!"));
    }

    [Fact]
    public void Numbers_codes_and_hyphenated_names_split_where_people_would_type_them_apart()
    {
        Assert.Equal(["12", "qđ", "ubnd"], Exact("Số 12/QĐ-UBND").Skip(1).ToArray());
        Assert.Equal(["covid", "19"], Exact("Covid-19"));
        Assert.Equal(["8", "670", "000", "000", "đ"], Exact("8.670.000.000 đ"));
    }

    [Fact]
    public void Decomposed_text_gives_the_same_words_as_precomposed_text()
    {
        var text = "Sửa chữa đường Dương Đình Nghệ";
        Assert.Equal(SearchTokenizer.Tokenize(text), SearchTokenizer.Tokenize(text.Normalize(NormalizationForm.FormD)));
    }

    [Fact]
    public void Words_longer_than_the_limit_and_runs_of_marks_alone_are_left_out()
    {
        var longWord = new string('a', SearchTokenizer.MaxWordLength + 1);
        var longest = new string('b', SearchTokenizer.MaxWordLength);
        Assert.Equal(["trước", longest, "sau"], Exact($"trước {longWord} {longest} \u0301\u0323 sau"));
    }

    [Fact]
    public void Letters_beyond_the_basic_plane_are_part_of_words_and_symbols_are_not()
    {
        Assert.Equal(["𠀀a", "gà"], Exact("𠀀A 🐔 gà"));
    }

    [Fact]
    public void Enumerating_words_into_a_buffer_matches_the_list_form()
    {
        var text = "Thông báo lịch cắt điện khu vực đường Hồ Nghinh ngày 15/07/2020";
        var spans = new List<string>();
        foreach (var word in SearchTokenizer.Words(text, new char[SearchTokenizer.BufferLength])) spans.Add(word.ToString());
        Assert.Equal(Exact(text), spans);
    }
}
