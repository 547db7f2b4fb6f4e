namespace PhuocMy.Site.Images;

/// <summary>The raster formats the pipeline reads and writes. SVG is not one of them: it is published as it is.</summary>
public enum ImageFormat
{
    Jpeg,
    Png,
    Webp,
}

public static class ImageFormatExtensions
{
    /// <summary>The file extension, with its dot: <c>.jpg</c>, <c>.png</c>, <c>.webp</c>.</summary>
    public static string Extension(this ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => ".jpg",
        ImageFormat.Png => ".png",
        ImageFormat.Webp => ".webp",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>The media type for <c>&lt;source type=…&gt;</c>.</summary>
    public static string MediaType(this ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "image/jpeg",
        ImageFormat.Png => "image/png",
        ImageFormat.Webp => "image/webp",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    internal static string DisplayName(this ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "JPEG",
        ImageFormat.Png => "PNG",
        ImageFormat.Webp => "WebP",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}
