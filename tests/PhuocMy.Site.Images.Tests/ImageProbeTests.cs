using PhuocMy.Site.Testing;
namespace PhuocMy.Site.Images.Tests;

public sealed class ImageProbeTests
{
    [Fact]
    public void A_sideways_phone_photo_is_measured_upright()
    {
        var info = Succeeded(ImageProbe.Probe(SamplePhotos.SidewaysPhoneJpeg));

        Assert.Equal(new ImageInfo(ImageFormat.Jpeg, 3000, 4000, Orientation: 6, HasAlpha: false), info);
    }

    [Fact]
    public void Png_and_webp_are_recognised_from_their_bytes()
    {
        Assert.Equal(new ImageInfo(ImageFormat.Png, 300, 200, 1, HasAlpha: true), Succeeded(ImageProbe.Probe(SamplePhotos.TransparentPng(300, 200))));
        Assert.Equal(new ImageInfo(ImageFormat.Webp, 640, 480, 1, HasAlpha: false), Succeeded(ImageProbe.Probe(SamplePhotos.Webp(640, 480))));
    }

    [Fact]
    public void The_content_decides_the_format_not_the_file_name()
    {
        using var folder = new TempFolder("probe");
        var pngNamedJpg = Path.Combine(folder.Path, "anh.jpg");
        File.WriteAllBytes(pngNamedJpg, SamplePhotos.TransparentPng(120, 80));

        Assert.Equal(ImageFormat.Png, Succeeded(ImageProbe.ProbeFile(pngNamedJpg)).Format);
    }

    [Fact]
    public void A_pdf_named_jpg_is_refused_saying_what_it_really_is()
    {
        var problem = Failed(ImageProbe.Probe(SamplePhotos.Pdf()));

        Assert.Equal(ImageProblemKind.NotAnImage, problem.Kind);
        Assert.Equal("Tệp không phải ảnh JPEG/PNG/WebP (thực chất là PDF)", problem.Message);
        Assert.Equal("Lưu lại ảnh dưới dạng .jpg hoặc .png", problem.Fix);
        Assert.False(problem.IsWarning);
    }

    [Fact]
    public void An_iphone_heic_photo_is_refused_with_the_setting_that_avoids_it()
    {
        var problem = Failed(ImageProbe.Probe(SamplePhotos.HeicHeader()));

        Assert.Equal(ImageProblemKind.NotAnImage, problem.Kind);
        Assert.Contains("HEIC", problem.Message);
        Assert.Contains("Tương thích nhất", problem.Fix);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        Assert.Equal("Tệp ảnh rỗng (0 byte)", Failed(ImageProbe.Probe([])).Message);
    }

    [Fact]
    public void A_decompression_bomb_is_refused_from_its_header()
    {
        var bomb = SamplePhotos.PngBomb();
        Assert.True(bomb.Length < 100_000, $"the bomb should be a small file, is {bomb.Length} bytes");

        var problem = Failed(ImageProbe.Probe(bomb));

        Assert.Equal(ImageProblemKind.TooLarge, problem.Kind);
        Assert.StartsWith("Ảnh khai báo kích thước 50.000 × 50.000 điểm ảnh (2.500 megapixel), vượt giới hạn 250 megapixel", problem.Message);
    }

    [Fact]
    public void The_pixel_limit_comes_from_the_options()
    {
        var photo = SamplePhotos.Jpeg(1000, 1000);

        Assert.True(ImageProbe.Probe(photo, new ImageOptions { MaxPixels = 1_000_000 }).Succeeded);
        Assert.Equal(ImageProblemKind.TooLarge, Failed(ImageProbe.Probe(photo, new ImageOptions { MaxPixels = 999_999 })).Kind);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        var problem = Failed(ImageProbe.Probe(SamplePhotos.Jpeg(200, 200), new ImageOptions { MaxFileBytes = 100 }));

        Assert.Equal(ImageProblemKind.TooLarge, problem.Kind);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.999)]
    public void A_jpeg_cut_short_is_refused_as_truncated(double keptFraction)
    {
        var photo = SamplePhotos.SidewaysPhoneJpeg;
        var truncated = photo[..(int)(photo.Length * keptFraction)];

        var problem = Failed(ImageProbe.Probe(truncated));

        Assert.Equal(ImageProblemKind.Truncated, problem.Kind);
        Assert.StartsWith("Ảnh JPEG bị cụt", problem.Message);
        Assert.Contains("Chép lại ảnh gốc", problem.Fix);
    }

    [Fact]
    public void A_png_or_webp_cut_short_is_refused_as_truncated()
    {
        var png = SamplePhotos.TransparentPng(400, 300);
        var webp = SamplePhotos.Webp(400, 300);

        Assert.Equal(ImageProblemKind.Truncated, Failed(ImageProbe.Probe(png[..(png.Length - 20)])).Kind);
        Assert.Equal(ImageProblemKind.Truncated, Failed(ImageProbe.Probe(webp[..(webp.Length / 2)])).Kind);
    }

    [Fact]
    public void A_jpeg_with_broken_structure_is_refused_as_corrupt()
    {
        var photo = SamplePhotos.Jpeg(300, 200).ToArray();
        photo[4] = 0x00; // the first segment after SOI now claims a length of 1 byte, shorter than its own length field
        photo[5] = 0x01;

        var problem = Failed(ImageProbe.Probe(photo));

        Assert.Equal(ImageProblemKind.Corrupt, problem.Kind);
        Assert.StartsWith("Ảnh JPEG bị hỏng, không đọc được", problem.Message);
    }

    [Fact]
    public void A_photo_narrower_than_its_place_gives_a_warning()
    {
        var info = Succeeded(ImageProbe.Probe(SamplePhotos.Jpeg(300, 200)));

        var warning = info.TooSmallFor(720);

        Assert.NotNull(warning);
        Assert.True(warning.IsWarning);
        Assert.Equal("Ảnh chỉ rộng 300 điểm ảnh, nhỏ hơn 720 điểm ảnh cần để hiển thị rõ ở vị trí này: ảnh sẽ bị mờ", warning.Message);
        Assert.Null(info.TooSmallFor(300));
    }

    internal static T Succeeded<T>(ImageResult<T> result) where T : class
    {
        Assert.True(result.Succeeded, result.Problem?.ToString());
        return result.Value!;
    }

    internal static ImageProblem Failed<T>(ImageResult<T> result) where T : class
    {
        Assert.False(result.Succeeded, "expected a problem, got a value");
        return result.Problem!;
    }
}
