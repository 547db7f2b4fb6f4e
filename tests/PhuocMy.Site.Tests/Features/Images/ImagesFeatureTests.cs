using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Tests.Support;

namespace PhuocMy.Site.Tests.Features.Images;

/// <summary>A phone photo dropped into input/images/ and used in a post, through the whole build.</summary>
public sealed class ImagesFeatureTests
{
    private const string PostPath = "tin-tuc/anh-hien-truong/index.html";

    private static readonly Lazy<byte[]> Phone = new(() => TestPhotos.SidewaysPhone());

    private static TestSite SiteWith(string image, byte[] bytes, string? body = null) =>
        new TestSite()
            .WithBytes(image, bytes)
            .With("posts/anh-hien-truong.md", $"""
                ---
                title: Ảnh hiện trường
                date: 2020-07-15 16:00
                category: Tin tức - Sự kiện
                image: /{image}
                image_alt: Người dân dọn vệ sinh bờ biển
                ---
                Đoạn mở đầu.

                {body ?? "Nội dung bài."}
                """);

    private static readonly Lazy<GenerationResult> WithLeadPhoto = new(() => SiteWith("images/hien-truong.jpg", Phone.Value).Generate());

    [Fact]
    public void A_lead_photo_is_published_as_upright_variants_in_webp_and_jpeg_never_upscaled()
    {
        var result = WithLeadPhoto.Value;
        Assert.True(result.Succeeded, TestSite.Describe(result));
        var variants = result.Files.Where(f => f.Path.StartsWith("images/hien-truong-", StringComparison.Ordinal) && !f.Path.Contains("chia-se")).ToList();
        // Shown upright the photo is 1200 × 1600: the widths below 1200, and 1200 itself instead of 1600.
        foreach (var width in new[] { 360, 720, 1080, 1200 })
        foreach (var extension in new[] { ".webp", ".jpg" })
        {
            var file = Assert.Single(variants, f => f.Path.StartsWith($"images/hien-truong-{width}.", StringComparison.Ordinal) && f.Path.EndsWith(extension, StringComparison.Ordinal));
            var (w, h) = TestPhotos.SizeOf(file.Content.ToArray());
            Assert.Equal(width, w);
            Assert.Equal(width * 4 / 3, h, tolerance: 1);
        }
        Assert.Equal(8, variants.Count);
    }

    [Fact]
    public void No_published_image_carries_exif_gps_or_the_camera_serial_and_the_original_is_not_published()
    {
        var result = WithLeadPhoto.Value;
        Assert.DoesNotContain(result.Files, f => f.Path == "images/hien-truong.jpg");
        var images = result.Files.Where(f => f.Path.StartsWith("images/hien-truong", StringComparison.Ordinal)).ToList();
        Assert.Equal(9, images.Count);
        Assert.All(images, image => Assert.Empty(TestPhotos.MetadataIn(image.Content.ToArray())));
        // The search would see them: the phone's own file carries them (the GPS position as EXIF fields, its texts as bytes).
        var original = TestPhotos.MetadataIn(Phone.Value);
        Assert.Contains(original, field => field.StartsWith("exif-ifd3-GPS", StringComparison.Ordinal));
        Assert.Superset(new HashSet<string> { $"bytes contain {TestPhotos.CameraSerial}", $"bytes contain {TestPhotos.Author}", "bytes contain FakePhone" }, original.ToHashSet());
    }

    [Fact]
    public void The_post_shows_a_picture_with_srcset_sizes_width_and_height_and_loads_it_at_once()
    {
        var page = TestSite.Dom(WithLeadPhoto.Value, PostPath);
        var picture = Assert.Single(page.QuerySelectorAll(".lead-image picture"));
        var source = picture.QuerySelector("source")!;
        Assert.Equal("image/webp", source.GetAttribute("type"));
        Assert.Contains(" 360w", source.GetAttribute("srcset"));
        Assert.Contains(" 1200w", source.GetAttribute("srcset"));
        Assert.Contains("100vw", source.GetAttribute("sizes"));
        var img = picture.QuerySelector("img")!;
        Assert.Equal("1200", img.GetAttribute("width"));
        Assert.Equal("1600", img.GetAttribute("height"));
        Assert.Equal("Người dân dọn vệ sinh bờ biển", img.GetAttribute("alt"));
        Assert.Equal("high", img.GetAttribute("fetchpriority"));
        Assert.Null(img.GetAttribute("loading"));
        Assert.EndsWith(".jpg", img.GetAttribute("src"));
        Assert.Contains(" 720w", img.GetAttribute("srcset"));
    }

    [Fact]
    public void The_lead_photo_is_the_sharing_image_cropped_to_1200_by_630()
    {
        var result = WithLeadPhoto.Value;
        var page = TestSite.Dom(result, PostPath);
        var url = page.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
        Assert.Matches(@"^https://thu-nghiem\.example\.org/images/hien-truong-chia-se\.[0-9a-f]{10}\.jpg$", url);
        Assert.Equal("image/jpeg", page.QuerySelector("meta[property='og:image:type']")!.GetAttribute("content"));
        var file = Assert.Single(result.Files, f => "https://thu-nghiem.example.org/" + f.Path == url);
        Assert.Equal((1200, 630), TestPhotos.SizeOf(file.Content.ToArray()));
        Assert.Equal("1200", page.QuerySelector("meta[property='og:image:width']")!.GetAttribute("content"));
        Assert.Equal("630", page.QuerySelector("meta[property='og:image:height']")!.GetAttribute("content"));
    }

    [Fact]
    public void A_photo_in_the_body_is_a_lazy_picture_and_an_svg_gets_its_declared_size()
    {
        const string svg = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 360"><rect width="640" height="360"/></svg>""";
        var result = SiteWith("images/hien-truong.jpg", Phone.Value, "Nội dung.\n\n![Bờ biển sau khi dọn](/images/bo-bien.jpg)\n\n![Sơ đồ khu vực](/images/so-do.svg)")
            .WithBytes("images/bo-bien.jpg", TestPhotos.SidewaysPhone(1000, 800, shade: 90))
            .With("images/so-do.svg", svg)
            .Generate();
        Assert.True(result.Succeeded, TestSite.Describe(result));
        var body = TestSite.Dom(result, PostPath).QuerySelector(".post-body")!;
        var img = body.QuerySelector("picture img")!;
        Assert.Equal("lazy", img.GetAttribute("loading"));
        Assert.Equal("800", img.GetAttribute("width"));
        Assert.Equal("1000", img.GetAttribute("height"));
        Assert.Equal("Bờ biển sau khi dọn", img.GetAttribute("alt"));
        var drawing = body.QuerySelector("img[src='/images/so-do.svg']")!;
        Assert.Equal("640", drawing.GetAttribute("width"));
        Assert.Equal("360", drawing.GetAttribute("height"));
        Assert.All(body.QuerySelectorAll("img"), image => Assert.NotNull(image.GetAttribute("width")));
        Assert.Contains(result.Files, f => f.Path == "images/so-do.svg");
    }

    [Theory]
    [InlineData("truncated", "bị cụt")]
    [InlineData("pdf", "PDF")]
    [InlineData("bomb", "50.000 × 50.000")]
    public void A_bad_photo_in_a_body_fails_the_build_naming_the_photo_the_post_and_the_line(string kind, string expected)
    {
        var bytes = kind switch
        {
            "truncated" => TestPhotos.Truncated(),
            "pdf" => TestPhotos.PdfNamedJpg(),
            _ => TestPhotos.PngBomb(),
        };
        var name = kind == "bomb" ? "images/hong.png" : "images/hong.jpg";
        var result = SiteWith("images/hien-truong.jpg", Phone.Value, $"Nội dung.\n\n![Ảnh hỏng](/{name})").WithBytes(name, bytes).Generate();
        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("input/posts/anh-hien-truong.md", error.File);
        Assert.Equal(12, error.Line);
        Assert.Contains("input/" + name, error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_bad_lead_photo_fails_the_build_at_its_image_line()
    {
        var result = SiteWith("images/hien-truong.jpg", TestPhotos.PdfNamedJpg()).Generate();
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("input/posts/anh-hien-truong.md", error.File);
        Assert.Equal(5, error.Line);
        Assert.Contains("input/images/hien-truong.jpg", error.Message);
    }

    [Fact]
    public void A_missing_photo_fails_the_build_at_its_line()
    {
        var result = SiteWith("images/hien-truong.jpg", Phone.Value, "Nội dung.\n\n![Ảnh chưa chép](/images/chua-co.jpg)").Generate();
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error && d.File == "input/posts/anh-hien-truong.md" && d.Line == 12
            && d.Message.Contains("Không có ảnh '/images/chua-co.jpg'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_photo_too_small_for_the_column_is_a_warning_and_is_still_published()
    {
        var result = SiteWith("images/nho.jpg", TestPhotos.SmallJpeg(400, 300)).Generate();
        Assert.True(result.Succeeded, TestSite.Describe(result));
        var warning = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Warning);
        Assert.Equal("input/posts/anh-hien-truong.md", warning.File);
        Assert.Equal(5, warning.Line);
        Assert.Contains("input/images/nho.jpg", warning.Message);
        Assert.Contains("400", warning.Message);
        Assert.Contains(result.Files, f => f.Path.StartsWith("images/nho-400.", StringComparison.Ordinal) && f.Path.EndsWith(".webp", StringComparison.Ordinal));
    }

    [Fact]
    public void A_photo_no_page_shows_is_not_published_in_any_form()
    {
        var result = SiteWith("images/hien-truong.jpg", Phone.Value).WithBytes("images/khong-dung.jpg", TestPhotos.SmallJpeg(800, 600)).Generate();
        Assert.True(result.Succeeded, TestSite.Describe(result));
        Assert.DoesNotContain(result.Files, f => f.Path.StartsWith("images/khong-dung", StringComparison.Ordinal));
    }

    [Fact]
    public void Feeds_show_the_published_sharing_photo_never_the_unpublished_original()
    {
        var result = WithLeadPhoto.Value;
        var published = result.Files.Select(f => "https://thu-nghiem.example.org/" + f.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var feed in new[] { "feed.json", "rss.xml", "atom.xml" })
        {
            var text = TestSite.Html(result, feed);
            Assert.DoesNotContain("/images/hien-truong.jpg", text);
            var urls = System.Text.RegularExpressions.Regex.Matches(text, @"https://thu-nghiem\.example\.org/images/[^""\s&<\\,]+").Select(m => m.Value).ToList();
            Assert.NotEmpty(urls);
            Assert.All(urls, url => Assert.Contains(url, published));
        }
    }

    [Fact]
    public void A_photo_in_a_document_is_published_as_variants()
    {
        var result = new TestSite()
            .WithBytes("images/van-ban-anh.jpg", TestPhotos.SmallJpeg(800, 600))
            .With("documents/12-tb-ubnd-2024.md", """
                ---
                title: Thông báo thử nghiệm có ảnh
                number: 12/TB-UBND
                type: Thông báo
                issuer: UBND phường Thử Nghiệm
                signer: Chủ tịch UBND phường
                issued: 2024-05-02
                effective: 2024-05-02
                ---
                Nội dung thông báo.

                ![Sơ đồ vị trí tập kết rác](/images/van-ban-anh.jpg)
                """)
            .Generate();
        Assert.True(result.Succeeded, TestSite.Describe(result));
        Assert.Contains(result.Files, f => f.Path.StartsWith("images/van-ban-anh-720.", StringComparison.Ordinal) && f.Path.EndsWith(".webp", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Files, f => f.Path == "images/van-ban-anh.jpg");
    }
}
