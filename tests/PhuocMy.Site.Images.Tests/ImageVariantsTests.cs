using NetVips;
using static PhuocMy.Site.Images.Tests.ImageProbeTests;

namespace PhuocMy.Site.Images.Tests;

public sealed class ImageVariantsTests
{
    private static readonly Lazy<VariantSet> PhonePhoto = new(() => Succeeded(ImageVariants.Create(SamplePhotos.SidewaysPhoneJpeg)));

    [Fact]
    public void A_phone_photo_gets_webp_and_jpeg_at_every_width_in_its_upright_shape()
    {
        var set = PhonePhoto.Value;

        Assert.Equal((3000, 4000), (set.Width, set.Height));
        // 3000 × 4000 upright: each width keeps the 3:4 shape.
        (int, int)[] expected = [(360, 480), (720, 960), (1080, 1440), (1600, 2133)];
        Assert.Equal(expected, set.Webp.Select(v => (v.Width, v.Height)));
        Assert.Equal(expected, set.Fallback.Select(v => (v.Width, v.Height)));
        Assert.All(set.Webp, v => AssertEncodedAs(v, ImageFormat.Webp, "webpload_buffer"));
        Assert.All(set.Fallback, v => AssertEncodedAs(v, ImageFormat.Jpeg, "jpegload_buffer"));
        Assert.Equal(ImageFormat.Jpeg, set.FallbackFormat);
    }

    [Fact]
    public void No_published_file_keeps_gps_camera_or_author_metadata()
    {
        var source = SamplePhotos.SidewaysPhoneJpeg;
        // The sample really carries what must go: EXIF (GPS, serial, author), XMP and IPTC.
        using (var original = Image.NewFromBuffer(source))
        {
            Assert.Contains("exif-ifd3-GPSLatitude", original.GetFields());
            Assert.Contains("xmp-data", original.GetFields());
            Assert.Contains("iptc-data", original.GetFields());
        }
        Assert.Contains(MetadataScan.Find(source), f => f.Contains("APP1"));
        Assert.Contains(MetadataScan.Find(source), f => f.Contains(SamplePhotos.CameraSerial));

        var published = PhonePhoto.Value.All.Append(Succeeded(SharingImage.Create(source)));

        Assert.All(published, image => Assert.Empty(MetadataScan.Find(image.Bytes)));
    }

    [Fact]
    public void A_sideways_photo_comes_out_upright()
    {
        // Stored 4000 × 3000 with a red square at its top-left; Orientation 6 turns it a quarter clockwise,
        // so upright the photo is 3000 × 4000 with the red square at its top-right.
        var smallest = PhonePhoto.Value.Webp[0];
        int w = smallest.Width, h = smallest.Height;

        Assert.True(h > w, $"{w} × {h} is not upright");
        AssertColour(SamplePhotos.Red, smallest.Bytes, w - 10, 10, "top-right");
        AssertColour(SamplePhotos.Grey, smallest.Bytes, 10, 10, "top-left");
        AssertColour(SamplePhotos.Grey, smallest.Bytes, 10, h - 10, "bottom-left");
        AssertColour(SamplePhotos.Grey, smallest.Bytes, w - 10, h - 10, "bottom-right");
        AssertColour(SamplePhotos.Red, PhonePhoto.Value.Fallback[^1].Bytes, 1600 - 20, 20, "top-right of the largest JPEG");
    }

    [Fact]
    public void A_photo_with_transparency_gets_a_png_fallback_and_a_webp_with_alpha()
    {
        var set = Succeeded(ImageVariants.Create(SamplePhotos.TransparentPng(800, 600)));

        Assert.Equal([360, 720, 800], set.Webp.Select(v => v.Width));
        Assert.Equal(ImageFormat.Png, set.FallbackFormat);
        Assert.All(set.Fallback, v => AssertEncodedAs(v, ImageFormat.Png, "pngload_buffer"));
        foreach (var variant in set.All)
        {
            using var image = Image.NewFromBuffer(variant.Bytes);
            Assert.True(image.HasAlpha(), $"{variant.Format} {variant.Width} lost its transparency");
            Assert.Equal(0, image[3].Getpoint(2, 2)[0]);
        }
    }

    [Fact]
    public void An_alpha_channel_that_is_opaque_everywhere_gets_a_jpeg_fallback()
    {
        var set = Succeeded(ImageVariants.Create(SamplePhotos.OpaquePngWithAlpha(500, 400)));

        Assert.Equal(ImageFormat.Jpeg, set.FallbackFormat);
        using var webp = Image.NewFromBuffer(set.Webp[0].Bytes);
        Assert.False(webp.HasAlpha());
    }

    [Fact]
    public void Nothing_is_upscaled_and_the_photo_own_width_is_included_when_smaller()
    {
        Assert.Equal([360, 720, 1000], Succeeded(ImageVariants.Create(SamplePhotos.Jpeg(1000, 750))).Webp.Select(v => v.Width));
        Assert.Equal([300], Succeeded(ImageVariants.Create(SamplePhotos.Jpeg(300, 200))).Fallback.Select(v => v.Width));
        Assert.Equal([360, 720], ImageVariants.TargetWidths(720, [360, 720, 1080, 1600]));
        Assert.Equal([360, 720, 1080, 1600], ImageVariants.TargetWidths(1600, [360, 720, 1080, 1600]));
        Assert.Equal([360, 720, 1080, 1600], ImageVariants.TargetWidths(5000, [360, 720, 1080, 1600]));
    }

    [Fact]
    public void The_widths_come_from_the_options()
    {
        var set = Succeeded(ImageVariants.Create(SamplePhotos.Jpeg(1200, 900), new ImageOptions { Widths = [200, 500] }));

        Assert.Equal([200, 500], set.Webp.Select(v => v.Width));
        Assert.Throws<ArgumentException>(() => ImageVariants.Create(SamplePhotos.Jpeg(100, 100), new ImageOptions { Widths = [] }));
        Assert.Throws<ArgumentException>(() => ImageVariants.Create(SamplePhotos.Jpeg(100, 100), new ImageOptions { Widths = [0, 300] }));
    }

    [Fact]
    public void A_display_p3_photo_is_converted_to_srgb_and_its_profile_dropped()
    {
        double[] colour = [200, 120, 60];
        var p3 = SamplePhotos.DisplayP3Jpeg(400, 300, colour);
        // Precondition: the stored numbers are P3 numbers, visibly different from the sRGB colour.
        using (var stored = Image.NewFromBuffer(p3))
        {
            Assert.Contains("icc-profile-data", stored.GetFields());
            Assert.False(Pixels.IsClose(Pixels.AverageAround(p3, 200, 150), colour, 6), "the P3 sample should not already look like sRGB");
        }

        var set = Succeeded(ImageVariants.Create(p3));

        foreach (var variant in set.All)
        {
            var seen = Pixels.AverageAround(variant.Bytes, variant.Width / 2.0, variant.Height / 2.0);
            Assert.True(Pixels.IsClose(seen, colour, 4), $"{variant.Format} {variant.Width}: {Pixels.Show(seen)} instead of {Pixels.Show(colour)}");
            Assert.Empty(MetadataScan.Find(variant.Bytes));
        }
    }

    public static TheoryData<string> UnusualSources => ["cmyk", "16-bit", "grey"];

    [Theory]
    [MemberData(nameof(UnusualSources))]
    public void Cmyk_16_bit_and_grey_sources_come_out_as_8_bit_srgb_with_their_colour(string kind)
    {
        double[] colour = kind == "grey" ? [90, 90, 90] : [60, 140, 200];
        var source = kind switch
        {
            "cmyk" => SamplePhotos.CmykJpeg(500, 400, colour),
            "16-bit" => SamplePhotos.SixteenBitPng(500, 400, colour),
            _ => SamplePhotos.GreyJpeg(500, 400, colour[0]),
        };

        var set = Succeeded(ImageVariants.Create(source));

        foreach (var variant in set.All)
        {
            using var image = Image.NewFromBuffer(variant.Bytes);
            Assert.Equal((3, Enums.BandFormat.Uchar), (image.Bands, image.Format));
            var seen = Pixels.AverageAround(variant.Bytes, variant.Width / 2.0, variant.Height / 2.0);
            Assert.True(Pixels.IsClose(seen, colour, kind == "cmyk" ? 12 : 3), $"{kind} → {variant.Format} {variant.Width}: {Pixels.Show(seen)} instead of {Pixels.Show(colour)}");
            Assert.Empty(MetadataScan.Find(variant.Bytes));
        }
    }

    [Fact]
    public void The_same_bytes_give_the_same_output_even_in_parallel()
    {
        var source = SamplePhotos.PhoneJpeg(1800, 1200, orientation: 1);
        var runs = new VariantSet[4];

        Parallel.For(0, runs.Length, i => runs[i] = Succeeded(ImageVariants.Create(source)));

        var first = runs[0].All.Select(v => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(v.Bytes))).ToArray();
        Assert.All(runs, run => Assert.Equal(first, run.All.Select(v => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(v.Bytes)))));
    }

    [Fact]
    public void Bad_images_give_their_problem_instead_of_variants()
    {
        var photo = SamplePhotos.SidewaysPhoneJpeg;

        Assert.Equal(ImageProblemKind.NotAnImage, Failed(ImageVariants.Create(SamplePhotos.Pdf())).Kind);
        Assert.Equal(ImageProblemKind.TooLarge, Failed(ImageVariants.Create(SamplePhotos.PngBomb())).Kind);
        Assert.Equal(ImageProblemKind.Truncated, Failed(ImageVariants.Create(photo[..(photo.Length * 2 / 3)])).Kind);
        Assert.Equal(ImageProblemKind.NotAnImage, Failed(SharingImage.Create(SamplePhotos.Pdf())).Kind);
    }

    [Fact]
    public void A_jpeg_whose_data_the_decoder_cannot_read_is_reported_as_corrupt()
    {
        // Structure intact (every segment in place, EOI at the end), but the Huffman tables are garbage.
        var photo = SamplePhotos.Jpeg(600, 400).ToArray();
        int table = IndexOfSegment(photo, 0xC4);
        for (int i = table + 4; i < table + 4 + 17; i++)
            photo[i] = 0xFF;

        var problem = Failed(ImageVariants.Create(photo));

        Assert.Equal(ImageProblemKind.Corrupt, problem.Kind);
        Assert.StartsWith("Ảnh JPEG bị hỏng, không đọc được (chi tiết:", problem.Message);
    }

    [Fact]
    public void Libvips_refuses_every_format_but_jpeg_png_and_webp_even_when_asked_directly()
    {
        Assert.True(ImageProbe.Probe(SamplePhotos.Jpeg(10, 10)).Succeeded); // sets libvips up
        using var image = Image.Black(16, 16, bands: 3);
        var gif = image.GifsaveBuffer();
        var tiff = image.TiffsaveBuffer();
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><image href=\"/etc/passwd\"/></svg>"u8.ToArray();

        foreach (var bytes in new[] { gif, tiff, svg })
            Assert.Throws<VipsException>(() => Image.NewFromBuffer(bytes).Avg());
        Assert.Equal(0, Image.NewFromBuffer(image.PngsaveBuffer()).Avg());
    }

    /// <summary>The offset of the first segment with <paramref name="marker"/> (its 0xFF byte).</summary>
    private static int IndexOfSegment(byte[] jpeg, byte marker)
    {
        int position = 2;
        while (jpeg[position + 1] != marker)
            position += 2 + (jpeg[position + 2] << 8 | jpeg[position + 3]);
        return position;
    }

    private static void AssertEncodedAs(EncodedImage variant, ImageFormat format, string loader)
    {
        Assert.Equal(format, variant.Format);
        using var image = Image.NewFromBuffer(variant.Bytes);
        Assert.Equal(loader, image.Get("vips-loader"));
        Assert.Equal((variant.Width, variant.Height), (image.Width, image.Height));
    }

    private static void AssertColour(double[] expected, byte[] file, double x, double y, string where)
    {
        var seen = Pixels.AverageAround(file, x, y);
        Assert.True(Pixels.IsClose(seen, expected, 12), $"{where}: {Pixels.Show(seen)} instead of {Pixels.Show(expected)}");
    }
}
