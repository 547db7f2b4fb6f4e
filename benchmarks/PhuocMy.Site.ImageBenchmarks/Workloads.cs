using NetVips;
using SkiaSharp;

namespace PhuocMy.Site.ImageBenchmarks;

/// <summary>
/// The same job done with each library, each the way that library does it best: decode, resize to every
/// width, encode WebP (quality 75) and JPEG (quality 80). Returns the total bytes written.
/// </summary>
internal static class Workloads
{
    public static readonly int[] Widths = [360, 720, 1080, 1600];
    private const int WebpQuality = 75, JpegQuality = 80, AvifQuality = 50;

    public static readonly IReadOnlyDictionary<string, Func<byte[], long>> All = new Dictionary<string, Func<byte[], long>>
    {
        ["netvips"] = NetVipsRun,
        ["netvips-once"] = source => NetVipsDecodeOnceRun(source, avif: false),
        ["netvips-once+avif"] = source => NetVipsDecodeOnceRun(source, avif: true),
        ["skia-scaled"] = SkiaScaledDecodeRun,
        ["skia-once"] = SkiaDecodeOnceRun,
        ["skia-full"] = SkiaFullDecodeRun,
        // Baselines: the runtime plus the library loaded and used on a 16×16 image, to subtract from the peaks above.
        ["netvips-idle"] = _ => Image.Black(16, 16, bands: 3).WebpsaveBuffer().Length,
        ["skia-idle"] = _ => SKImage.Create(new SKImageInfo(16, 16)).Encode(SKEncodedImageFormat.Webp, 75).Size,
    };

    /// <summary>libvips thumbnail per width: shrink-on-load in the JPEG decoder, then a Lanczos reduce; streamed.</summary>
    private static long NetVipsRun(byte[] source)
    {
        Cache.Max = 0;
        long total = 0;
        foreach (var width in Widths)
        {
            using var thumbnail = Image.ThumbnailBuffer(source, width, height: 100_000, size: Enums.Size.Down);
            using var pixels = thumbnail.CopyMemory();
            total += NetVipsEncode(pixels, avif: false);
        }
        return total;
    }

    /// <summary>libvips: one shrink-on-load decode for the largest width, every smaller width resized from it.</summary>
    private static long NetVipsDecodeOnceRun(byte[] source, bool avif)
    {
        Cache.Max = 0;
        using var thumbnail = Image.ThumbnailBuffer(source, Widths[^1], height: 100_000, size: Enums.Size.Down);
        using var largest = thumbnail.CopyMemory();
        long total = NetVipsEncode(largest, avif);
        foreach (var width in Widths[..^1])
        {
            using var smaller = largest.ThumbnailImage(width, height: 100_000, size: Enums.Size.Down);
            using var pixels = smaller.CopyMemory();
            total += NetVipsEncode(pixels, avif);
        }
        return total;
    }

    private static long NetVipsEncode(Image pixels, bool avif)
    {
        long total = pixels.WebpsaveBuffer(q: WebpQuality, keep: Enums.ForeignKeep.None).Length;
        total += pixels.JpegsaveBuffer(q: JpegQuality, optimizeCoding: true, interlace: true, keep: Enums.ForeignKeep.None).Length;
        if (avif)
            total += pixels.HeifsaveBuffer(q: AvifQuality, compression: Enums.ForeignHeifCompression.Av1, keep: Enums.ForeignKeep.None).Length;
        return total;
    }

    /// <summary>Skia with libjpeg-turbo's DCT scaling (1/2, 1/4, 1/8) to the smallest size at least as wide, then Mitchell cubic.</summary>
    private static long SkiaScaledDecodeRun(byte[] source)
    {
        long total = 0;
        using var data = SKData.CreateCopy(source);
        foreach (var width in Widths)
        {
            using var codec = SKCodec.Create(data);
            var scaled = codec.GetScaledDimensions(width / (float)codec.Info.Width);
            var decodeInfo = new SKImageInfo(scaled.Width, scaled.Height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
            using var decoded = SKBitmap.Decode(codec, decodeInfo);
            total += ResizeAndEncode(decoded, width, codec.Info, new SKSamplingOptions(SKCubicResampler.Mitchell));
        }
        return total;
    }

    /// <summary>Skia: one DCT-scaled decode for the largest width, every width resized from it with mipmaps.</summary>
    private static long SkiaDecodeOnceRun(byte[] source)
    {
        long total = 0;
        using var data = SKData.CreateCopy(source);
        using var codec = SKCodec.Create(data);
        var scaled = codec.GetScaledDimensions(Widths[^1] / (float)codec.Info.Width);
        var decodeInfo = new SKImageInfo(scaled.Width, scaled.Height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        using var decoded = SKBitmap.Decode(codec, decodeInfo);
        foreach (var width in Widths)
            total += ResizeAndEncode(decoded, width, codec.Info, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        return total;
    }

    /// <summary>Skia decoding the full 24 megapixels once, then each width with mipmaps (area-like averaging).</summary>
    private static long SkiaFullDecodeRun(byte[] source)
    {
        long total = 0;
        using var data = SKData.CreateCopy(source);
        using var codec = SKCodec.Create(data);
        var info = codec.Info.WithColorType(SKColorType.Rgba8888).WithColorSpace(SKColorSpace.CreateSrgb());
        using var decoded = SKBitmap.Decode(codec, info);
        foreach (var width in Widths)
            total += ResizeAndEncode(decoded, width, codec.Info, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        return total;
    }

    private static long ResizeAndEncode(SKBitmap decoded, int width, SKImageInfo original, SKSamplingOptions sampling)
    {
        int height = (int)Math.Round(width * (double)original.Height / original.Width);
        using var resized = decoded.Resize(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb()), sampling);
        using var image = SKImage.FromBitmap(resized);
        using var webp = image.Encode(SKEncodedImageFormat.Webp, WebpQuality);
        using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, JpegQuality);
        return webp.Size + jpeg.Size;
    }
}
