namespace PhuocMy.Site.Images;

/// <summary>
/// Every setting that changes the bytes of a published image. All of them are part of the cache key
/// (<see cref="CacheRecipe"/>), so changing one re-encodes every photo once.
/// </summary>
public sealed record ImageOptions
{
    public static ImageOptions Default { get; } = new();

    /// <summary>
    /// Widths of the variants, in CSS pixels at 1×: 360 (a phone), 720 (a phone at 2× or a tablet column),
    /// 1080 (a phone at 3×, the article column at 2×), 1600 (a wide screen). Never upscaled: a photo narrower
    /// than the largest width gets the widths below its own plus its own width.
    /// </summary>
    public IReadOnlyList<int> Widths { get; init; } = [360, 720, 1080, 1600];

    /// <summary>WebP quality (0–100). 75 is libwebp's and libvips' default: no visible loss on photos at these sizes.</summary>
    public int WebpQuality { get; init; } = 75;

    /// <summary>WebP encoder effort (0 fastest – 6 smallest). 4 is libwebp's default balance.</summary>
    public int WebpEffort { get; init; } = 4;

    /// <summary>Quality of the JPEG fallback (progressive, optimised Huffman tables) and of the sharing image.</summary>
    public int JpegQuality { get; init; } = 80;

    /// <summary>
    /// Largest accepted image, in pixels, read from the file header before any pixel is decoded.
    /// 250 megapixels is above the 200-megapixel mode of the largest phone cameras (16,320 × 12,240); a
    /// decompression bomb declares far more (a 30 KB PNG can declare 50,000 × 50,000 = 2,500 megapixels).
    /// </summary>
    public long MaxPixels { get; init; } = 250_000_000;

    /// <summary>Largest accepted file. A 200-megapixel phone JPEG is about 60 MB.</summary>
    public long MaxFileBytes { get; init; } = 150 * 1024 * 1024;

    /// <summary>The sharing image (<c>og:image</c>): 1200 × 630, the size Facebook, Zalo and X ask for.</summary>
    public int SharingWidth { get; init; } = 1200;

    public int SharingHeight { get; init; } = 630;

    /// <summary>
    /// Bumped whenever the code changes the output for the same settings, so that cached variants made by
    /// older code are not reused.
    /// </summary>
    internal const int PipelineVersion = 1;

    /// <summary>What decides the bytes of the variants, as a stable string: part of the cache key.</summary>
    public string VariantsRecipe =>
        $"variants/v{PipelineVersion}/libvips {Vips.Version}/widths {string.Join(',', Widths)}/webp q{WebpQuality} e{WebpEffort}/jpeg q{JpegQuality}/max {MaxPixels}";

    /// <summary>What decides the bytes of the sharing image: part of its cache key.</summary>
    public string SharingRecipe =>
        $"sharing/v{PipelineVersion}/libvips {Vips.Version}/{SharingWidth}x{SharingHeight}/jpeg q{JpegQuality}/max {MaxPixels}";
}
