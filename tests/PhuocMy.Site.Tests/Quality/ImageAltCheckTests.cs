using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Quality;
using static PhuocMy.Site.Tests.Quality.CheckHarness;

namespace PhuocMy.Site.Tests.Quality;

public sealed class ImageAltCheckTests
{
    private static IReadOnlyList<Diagnostic> Check(string body) => Run(new ImageAltCheck(), Page(body));

    [Fact]
    public void Described_and_decorative_images_pass()
    {
        Assert.Empty(Check("""
            <img src="/a.jpg" alt="Hội nghị sơ kết 6 tháng đầu năm">
            <img src="/vien.png" alt="">
            <img src="/vien.png" alt="" role="presentation">
            """));
    }

    [Fact]
    public void Image_without_alt_is_an_error_naming_the_image()
    {
        var error = Assert.Single(Check("""<img src="/anh/hoi-nghi.jpg">"""));
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains("/anh/hoi-nghi.jpg", error.Message);
        Assert.Contains("alt", error.Hint);
    }

    [Fact]
    public void Image_button_and_image_map_area_need_alt_too()
    {
        Assert.Equal(2, Check("""
            <input type="image" src="/tim.png">
            <map name="m"><area href="/a/" shape="rect" coords="0,0,1,1"></map>
            """).Count);
        Assert.Empty(Check("""
            <input type="image" src="/tim.png" alt="Tìm">
            <map name="m"><area href="/a/" shape="rect" coords="0,0,1,1" alt="Khu A"></map>
            """));
    }

    [Theory]
    [InlineData("""<svg role="img" aria-label="Biểu đồ thu ngân sách"></svg>""")]
    [InlineData("""<h2 id="t">Biểu đồ</h2><svg role="img" aria-labelledby="t"></svg>""")]
    [InlineData("""<svg role="img"><title>Biểu đồ thu ngân sách</title><rect width="1" height="1"/></svg>""")]
    [InlineData("""<svg aria-hidden="true"><rect width="1" height="1"/></svg>""")]
    public void Svg_image_with_accessible_name_passes(string body)
    {
        Assert.Empty(Check(body));
    }

    [Theory]
    [InlineData("""<svg role="img"><rect width="1" height="1"/></svg>""")]
    [InlineData("""<svg role="img" aria-label=" "></svg>""")]
    [InlineData("""<svg role="img" aria-labelledby="khong-co"></svg>""")]
    [InlineData("""<svg role="img"><title></title></svg>""")]
    public void Svg_image_without_accessible_name_is_an_error(string body)
    {
        var error = Assert.Single(Check(body));
        Assert.Contains("svg", error.Message);
    }
}
