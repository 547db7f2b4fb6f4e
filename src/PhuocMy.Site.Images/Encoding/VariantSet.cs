namespace PhuocMy.Site.Images;

/// <summary>
/// Every variant of one photo: WebP at each width, and the same widths as a JPEG fallback (PNG when the photo
/// has transparent pixels). Widths ascend. <see cref="Width"/>/<see cref="Height"/> are the upright source size.
/// </summary>
public sealed record VariantSet(int Width, int Height, IReadOnlyList<EncodedImage> Webp, IReadOnlyList<EncodedImage> Fallback)
{
    public ImageFormat FallbackFormat => Fallback[0].Format;

    /// <summary>The largest fallback: its size goes into the <c>width</c>/<c>height</c> attributes.</summary>
    public EncodedImage Largest => Fallback[^1];

    public IEnumerable<EncodedImage> All => Webp.Concat(Fallback);
}
