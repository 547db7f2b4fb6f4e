using PhuocMy.Site.Urls;
using PhuocMy.Site.Content;

namespace PhuocMy.Site.Tests.Content;

public class SlugTests
{
    [Theory]
    [InlineData("Đảng ủy phường Phước Mỹ", "dang-uy-phuong-phuoc-my")]
    [InlineData("Hội nghị sơ kết 6 tháng đầu năm 2020", "hoi-nghi-so-ket-6-thang-dau-nam-2020")]
    [InlineData("Covid-19", "covid-19")]
    [InlineData("  Quốc phòng - An ninh  ", "quoc-phong-an-ninh")]
    [InlineData("Thủ tục hành chính: “một cửa”!", "thu-tuc-hanh-chinh-mot-cua")]
    [InlineData("ĐƯỜNG HỒ NGHINH", "duong-ho-nghinh")]
    public void Removes_diacritics_and_turns_d_with_stroke_into_d(string text, string expected) =>
        Assert.Equal(expected, Slug.From(text));

    [Fact]
    public void Decomposed_text_gives_the_same_slug_as_composed_text() =>
        Assert.Equal(Slug.From("Phước Mỹ"), Slug.From("Phước Mỹ".Normalize(System.Text.NormalizationForm.FormD)));

    [Theory]
    [InlineData("tin-tuc", true)]
    [InlineData("Tin-tuc", false)]
    [InlineData("tin tuc", false)]
    [InlineData("tin--tuc", false)]
    [InlineData("", false)]
    public void Validates_slugs(string slug, bool valid) => Assert.Equal(valid, Slug.IsValid(slug));
}
