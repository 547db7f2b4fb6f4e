using NetVips;
using static PhuocMy.Site.Images.Tests.ImageProbeTests;

namespace PhuocMy.Site.Images.Tests;

public sealed class SharingImageTests
{
    [Fact]
    public void A_phone_photo_gives_a_1200_by_630_jpeg_upright_and_clean()
    {
        var sharing = Succeeded(SharingImage.Create(SamplePhotos.SidewaysPhoneJpeg));

        Assert.Equal((ImageFormat.Jpeg, 1200, 630), (sharing.Format, sharing.Width, sharing.Height));
        using var image = Image.NewFromBuffer(sharing.Bytes);
        Assert.Equal(("jpegload_buffer", 1200, 630), ((string)image.Get("vips-loader"), image.Width, image.Height));
        Assert.Empty(MetadataScan.Find(sharing.Bytes));
    }

    [Fact]
    public void The_crop_keeps_the_interesting_part_not_just_the_centre()
    {
        // A square grey photo with a vivid subject near its bottom edge: a centre crop to 1200 × 630 would
        // cut it off; the attention crop keeps it.
        var sharing = Succeeded(SharingImage.Create(SamplePhotos.SubjectAtBottom(2000)));

        using var image = Image.NewFromBuffer(sharing.Bytes);
        using var saturation = image.Colourspace(Enums.Interpretation.Lch)[1];
        Assert.True(saturation.Max() > 40, $"the subject is not in the sharing image (largest chroma {saturation.Max():F0})");
    }

    [Fact]
    public void A_small_photo_gives_the_largest_crop_of_the_same_shape_without_upscaling()
    {
        var sharing = Succeeded(SharingImage.Create(SamplePhotos.Jpeg(800, 800)));

        Assert.Equal((800, 420), (sharing.Width, sharing.Height));
    }

    [Fact]
    public void A_transparent_png_is_flattened_on_white()
    {
        var sharing = Succeeded(SharingImage.Create(SamplePhotos.TransparentPng(1600, 1000)));

        Assert.Equal(ImageFormat.Jpeg, sharing.Format);
        var corner = Pixels.AverageAround(sharing.Bytes, 4, 4);
        Assert.True(Pixels.IsClose(corner, [255, 255, 255], 3), $"corner {Pixels.Show(corner)} is not white");
    }
}
