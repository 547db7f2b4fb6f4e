using NetVips;

namespace PhuocMy.Site.Images;

/// <summary>The encoder settings, in one place. <c>keep: None</c> drops EXIF (GPS, camera serial), XMP, IPTC and ICC.</summary>
internal static class Encoders
{
    public static byte[] Webp(Image image, ImageOptions options) =>
        image.WebpsaveBuffer(q: options.WebpQuality, effort: options.WebpEffort, keep: Enums.ForeignKeep.None);

    /// <summary>Progressive with optimised Huffman tables: smaller, and a slow link shows the whole photo early.</summary>
    public static byte[] Jpeg(Image image, ImageOptions options) =>
        image.JpegsaveBuffer(q: options.JpegQuality, optimizeCoding: true, interlace: true, keep: Enums.ForeignKeep.None);

    public static byte[] Png(Image image) =>
        image.PngsaveBuffer(compression: 9, keep: Enums.ForeignKeep.None);
}
