using NetVips;

namespace PhuocMy.Site.Images;

/// <summary>
/// The picture shown when a page is shared (<c>og:image</c>): 1200 × 630 JPEG, cropped to the region libvips
/// finds most interesting (skin tones, saturated colour, edges: "attention"), upright, sRGB, without metadata.
/// A photo smaller than that gives the largest crop of the same shape, never upscaled.
/// </summary>
public static class SharingImage
{
    public static ImageResult<EncodedImage> Create(byte[] source, ImageOptions? options = null)
    {
        options ??= ImageOptions.Default;
        var probed = ImageProbe.Probe(source, options);
        if (!probed.Succeeded)
            return probed.Problem;
        var info = probed.Value;
        var (width, height) = CropSize(info.Width, info.Height, options.SharingWidth, options.SharingHeight);
        try
        {
            return Vips.Run(() =>
            {
                using var cropped = ImageVariants.UprightSrgb(source, width, height, Enums.Interesting.Attention);
                using var opaque = cropped.HasAlpha() ? cropped.Flatten(background: [255, 255, 255]) : cropped.Copy();
                return new EncodedImage(ImageFormat.Jpeg, opaque.Width, opaque.Height, Encoders.Jpeg(opaque, options));
            });
        }
        catch (VipsException e)
        {
            return Vips.Problem(info.Format, e);
        }
    }

    /// <summary>The target size, or the largest size of the same shape that fits in the source.</summary>
    public static (int Width, int Height) CropSize(int sourceWidth, int sourceHeight, int width, int height)
    {
        double scale = Math.Min(1.0, Math.Min(sourceWidth / (double)width, sourceHeight / (double)height));
        return (Math.Max(1, (int)Math.Floor(width * scale)), Math.Max(1, (int)Math.Floor(height * scale)));
    }
}
