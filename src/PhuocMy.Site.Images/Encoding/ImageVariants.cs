using NetVips;

namespace PhuocMy.Site.Images;

/// <summary>
/// Makes the responsive variants of one photo. The file is checked first (<see cref="ImageProbe"/>), then
/// decoded once, already shrunk in the decoder to about the largest width needed (libvips shrink-on-load),
/// turned upright from its EXIF orientation and converted from its colour profile to sRGB; every width is
/// resized from that and encoded without any metadata. Same bytes and options in, same bytes out.
/// </summary>
public static class ImageVariants
{
    public static ImageResult<VariantSet> Create(byte[] source, ImageOptions? options = null)
    {
        options ??= ImageOptions.Default;
        if (options.Widths.Count == 0 || options.Widths.Any(w => w <= 0))
            throw new ArgumentException($"Widths must be positive and not empty: [{string.Join(", ", options.Widths)}].", nameof(options));
        var probed = ImageProbe.Probe(source, options);
        if (!probed.Succeeded)
            return probed.Problem;
        var info = probed.Value;
        var widths = TargetWidths(info.Width, options.Widths);
        try
        {
            return Vips.Run(() => Encode(source, info, widths, options));
        }
        catch (VipsException e)
        {
            return Vips.Problem(info.Format, e);
        }
    }

    /// <summary>
    /// The configured widths below the photo's own; the photo's own width too when it is narrower than the
    /// largest configured width. Never upscaled.
    /// </summary>
    public static IReadOnlyList<int> TargetWidths(int sourceWidth, IReadOnlyList<int> widths)
    {
        var targets = widths.Where(w => w <= sourceWidth).ToList();
        if (widths.Count > 0 && sourceWidth < widths.Max())
            targets.Add(sourceWidth);
        return targets.Distinct().Order().ToArray();
    }

    private static VariantSet Encode(byte[] source, ImageInfo info, IReadOnlyList<int> widths, ImageOptions options)
    {
        using var largest = UprightSrgb(source, widths[^1]);
        bool transparent = HasTransparentPixels(largest);
        using var opaqueOrNot = transparent || !largest.HasAlpha() ? largest.Copy() : largest.ExtractBand(0, n: largest.Bands - 1);

        var webp = new List<EncodedImage>();
        var fallback = new List<EncodedImage>();
        foreach (var width in widths)
        {
            using var resized = width == opaqueOrNot.Width ? opaqueOrNot.Copy() : Resize(opaqueOrNot, width);
            webp.Add(new EncodedImage(ImageFormat.Webp, resized.Width, resized.Height, Encoders.Webp(resized, options)));
            fallback.Add(transparent
                ? new EncodedImage(ImageFormat.Png, resized.Width, resized.Height, Encoders.Png(resized))
                : new EncodedImage(ImageFormat.Jpeg, resized.Width, resized.Height, Encoders.Jpeg(resized, options)));
        }
        return new VariantSet(info.Width, info.Height, webp, fallback);
    }

    /// <summary>
    /// One decode: shrink-on-load to about <paramref name="width"/>, EXIF orientation applied, the embedded colour
    /// profile (Display P3, Adobe RGB, CMYK…) converted to sRGB, 8 bits per channel; held in memory.
    /// </summary>
    internal static Image UprightSrgb(byte[] source, int width, int? height = null, Enums.Interesting crop = Enums.Interesting.None)
    {
        using var thumbnail = Image.ThumbnailBuffer(source, width, height: height ?? 10_000_000, size: Enums.Size.Down,
            crop: crop, outputProfile: "srgb", intent: Enums.Intent.Relative, failOn: Enums.FailOn.Error);
        using var srgb = thumbnail.Interpretation == Enums.Interpretation.Srgb ? thumbnail.Copy() : thumbnail.Colourspace(Enums.Interpretation.Srgb);
        using var eightBit = srgb.Format == Enums.BandFormat.Uchar ? srgb.Copy() : srgb.Cast(Enums.BandFormat.Uchar);
        return eightBit.CopyMemory();
    }

    /// <summary>An alpha channel that is fully opaque (common in screenshots) does not need a PNG fallback.</summary>
    private static bool HasTransparentPixels(Image image)
    {
        if (!image.HasAlpha())
            return false;
        using var alpha = image.ExtractBand(image.Bands - 1);
        return alpha.Min() < 255;
    }

    private static Image Resize(Image image, int width)
    {
        using var resized = image.ThumbnailImage(width, height: 10_000_000, size: Enums.Size.Down, noRotate: true);
        return resized.CopyMemory();
    }
}
