using System.Text;
using System.Xml;
using PhuocMy.Site.Features.Images;
using PhuocMy.Site.Tests.Support;
using static PhuocMy.Site.Tests.Support.TestSite;
using ImageSize = PhuocMy.Site.Features.Images.ImageSize;

namespace PhuocMy.Site.Tests.Features;

/// <summary>Every image gets its width and height at build time, so pages do not shift while images load (CLS 0).</summary>
public sealed class ImageSizesTests
{
    [Theory]
    [InlineData("640", "360", "0 0 10 10", 640, 360)]
    [InlineData("640px", "360px", null, 640, 360)]
    [InlineData(null, null, "0 0 640 360", 640, 360)]
    [InlineData(null, null, "0,0,320.4,180.6", 320, 181)]
    [InlineData("320", null, "0 0 640 360", 320, 180)]
    [InlineData(null, "90", "0 0 640 360", 160, 90)]
    [InlineData("100%", "100%", "0 0 640 360", 640, 360)]
    [InlineData("2.54cm", "1in", null, 96, 96)]
    [InlineData("10em", null, "0 0 40 20", 40, 20)]
    [InlineData(null, null, null, 300, 150)]
    [InlineData("100%", null, null, 300, 150)]
    [InlineData(null, null, "0 0 0 10", 300, 150)]
    public void Svg_size_follows_the_browser(string? width, string? height, string? viewBox, int expectedWidth, int expectedHeight)
    {
        Assert.Equal(new ImageSize(expectedWidth, expectedHeight), SvgSize.From(width, height, viewBox));
    }

    [Fact]
    public void Svg_size_is_read_from_the_root_element_of_a_file_with_a_doctype()
    {
        const string svg = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
            <!-- Vẽ bằng Inkscape -->
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 450"><title>Hội trường</title></svg>
            """;
        Assert.Equal(new ImageSize(800, 450), SvgSize.Read(new MemoryStream(Encoding.UTF8.GetBytes(svg))));
    }

    [Fact]
    public void A_file_that_is_not_svg_is_refused()
    {
        Assert.ThrowsAny<XmlException>(() => SvgSize.Read(new MemoryStream(Encoding.UTF8.GetBytes("<html><body/></html>"))));
        Assert.ThrowsAny<XmlException>(() => SvgSize.Read(new MemoryStream(Encoding.UTF8.GetBytes("không phải XML"))));
    }

    [Fact]
    public void Markdown_images_lead_images_and_thumbnails_carry_the_svg_size()
    {
        var result = Clean(new TestSite()
            .With("posts/a.md", "---\ntitle: Tin A\ndate: 2020-07-15\nimage: /images/dau-bai.svg\nimage_alt: Hình đầu bài\n---\nMở đầu.\n\n![Hình trong bài](/images/trong-bai.svg)\n")
            .With("images/dau-bai.svg", """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 360"/>""")
            .With("images/trong-bai.svg", """<svg xmlns="http://www.w3.org/2000/svg" width="400" viewBox="0 0 800 600"/>""")
            .Generate());

        var post = Dom(result, "tin-tuc/a/index.html");
        var inBody = post.QuerySelector(".post-body img")!;
        Assert.Equal(("400", "300"), (inBody.GetAttribute("width"), inBody.GetAttribute("height")));
        var lead = post.QuerySelector(".lead-image img")!;
        Assert.Equal(("640", "360"), (lead.GetAttribute("width"), lead.GetAttribute("height")));

        var thumbnail = Dom(result, "luu-tru/2020/index.html").QuerySelector(".post-card img")!;
        Assert.Equal("/images/dau-bai.svg", thumbnail.GetAttribute("src"));
        Assert.Equal("Hình đầu bài", thumbnail.GetAttribute("alt"));
        Assert.Equal(("640", "360"), (thumbnail.GetAttribute("width"), thumbnail.GetAttribute("height")));
    }

    [Fact]
    public void An_svg_whose_size_is_unknown_stops_the_build_on_the_post_that_shows_it()
    {
        var result = new TestSite()
            .Post("a", "Tin A", "2020-07-15", body: "Mở đầu.\n\n![Sơ đồ hội trường](/images/hoi-nghi.svg)")
            .With("images/hoi-nghi.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><g></svg>")
            .Generate();

        Assert.False(result.Succeeded);
        // Named once, by the file to fix: the drawing that cannot be read.
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        Assert.Equal("input/images/hoi-nghi.svg", error.File);
    }

    [Fact]
    public void An_unreadable_svg_is_reported_once_naming_the_file()
    {
        var result = new TestSite().Post("a", "Tin A", "2020-07-15").With("images/hong.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><g></svg>").Generate();
        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal(Diagnostics.Severity.Error, problem.Severity);
        Assert.Equal("input/images/hong.svg", problem.File);
    }

    [Fact]
    public void Every_image_of_the_real_site_has_its_size()
    {
        Assert.True(RealSite.Result.Succeeded, Describe(RealSite.Result));
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var images = RealSite.Result.Files.Where(f => f.IsHtml)
            .SelectMany(f => parser.ParseDocument(Encoding.UTF8.GetString(f.Content.Span)).QuerySelectorAll("img").Select(img => (f.Path, img)))
            .ToList();
        Assert.Contains(images, i => i.img.GetAttribute("src")!.StartsWith("/images/", StringComparison.Ordinal) && i.Path.StartsWith("tin-tuc/", StringComparison.Ordinal));
        Assert.All(images, i => Assert.True(
            int.TryParse(i.img.GetAttribute("width"), out var w) && w > 0 && int.TryParse(i.img.GetAttribute("height"), out var h) && h > 0,
            $"{i.Path}: {i.img.OuterHtml}"));
    }
}
