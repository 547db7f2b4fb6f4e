using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Quality;
using static PhuocMy.Site.Tests.Quality.CheckHarness;

namespace PhuocMy.Site.Tests.Quality;

public sealed class ImageDimensionsCheckTests
{
    private static IReadOnlyList<Diagnostic> Check(string body, bool checkContentPhotos = false) =>
        Run(new ImageDimensionsCheck(checkContentPhotos), Page(body));

    [Fact]
    public void Images_with_a_width_and_height_in_pixels_pass()
    {
        Assert.Empty(Check("""
            <img src="/images/a.svg" alt="Hội trường" width="640" height="360">
            <picture><source srcset="/images/b.webp" type="image/webp"><img src="/images/b.jpg" alt="" width="1200" height="800"></picture>
            """));
    }

    [Fact]
    public void An_image_without_width_and_height_is_an_error_naming_the_image_and_the_fix()
    {
        var error = Assert.Single(Check("""<img src="/images/hoi-nghi.svg" alt="Hội nghị">"""));
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains("/images/hoi-nghi.svg", error.Message);
        Assert.Contains("width và height", error.Message);
        Assert.Contains("input/images/", error.Hint);
    }

    [Fact]
    public void A_missing_height_alone_is_named()
    {
        var error = Assert.Single(Check("""<img src="/a.svg" alt="" width="640">"""));
        Assert.Contains("thiếu height", error.Message);
        Assert.DoesNotContain("width", error.Message.Split(':')[^1]);
    }

    [Theory]
    [InlineData("auto")]
    [InlineData("100%")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("640px")]
    [InlineData("")]
    public void A_size_that_is_not_a_whole_number_of_pixels_is_an_error(string width)
    {
        Assert.Single(Check($"""<img src="/a.svg" alt="" width="{width}" height="360">"""));
    }

    [Fact]
    public void Every_image_of_a_page_is_checked()
    {
        Assert.Equal(2, Check("""<img src="/a.svg" alt=""><p>Chữ</p><img src="/b.svg" alt="" width="1" height="1"><img src="/c.svg" alt="">""").Count);
    }

    [Theory]
    [InlineData("/images/hoi-nghi.jpg")]
    [InlineData("/images/Ảnh chụp.JPEG?v=2")]
    [InlineData("/posts/2025/anh.webp")]
    public void Content_photos_wait_for_the_image_pipeline_unless_it_sizes_them(string source)
    {
        var html = $"""<img src="{source}" alt="Ảnh">""";
        Assert.Empty(Check(html));
        Assert.Contains(source, Assert.Single(Check(html, checkContentPhotos: true)).Message);
    }

    [Fact]
    public void Theme_images_are_checked_whatever_their_format()
    {
        Assert.Single(Check("""<img src="/assets/banner.png?v=1a2b" alt="">"""));
    }
}
