using NetVips;

namespace PhuocMy.Site.Images;

/// <summary>
/// Checks an image file before anything decodes it: the format from its first bytes, the container from
/// start to end (truncated or broken files), the declared size against the pixel limit (decompression
/// bombs), then libvips reads the header for the EXIF orientation. No pixel is decoded.
/// </summary>
public static class ImageProbe
{
    public static ImageResult<ImageInfo> Probe(byte[] data, ImageOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= ImageOptions.Default;
        if (data.LongLength > options.MaxFileBytes)
            return ImageProblems.FileTooLarge(data.LongLength, options.MaxFileBytes);
        if (!FormatSniffer.TryIdentify(data, out var format, out var problem))
            return problem;
        if (!ContainerCheck.TryRead(format, data, out var declared, out problem))
            return problem;
        if (declared.Width * declared.Height > options.MaxPixels)
            return ImageProblems.TooManyPixels(declared.Width, declared.Height, options.MaxPixels);
        return ReadHeader(format, data, declared);
    }

    /// <summary>Reads a file and probes it; the size limit is checked before the file is read.</summary>
    public static ImageResult<ImageInfo> ProbeFile(string path, ImageOptions? options = null)
    {
        options ??= ImageOptions.Default;
        var length = new FileInfo(path).Length;
        if (length > options.MaxFileBytes)
            return ImageProblems.FileTooLarge(length, options.MaxFileBytes);
        return Probe(File.ReadAllBytes(path), options);
    }

    private static ImageResult<ImageInfo> ReadHeader(ImageFormat format, byte[] data, DeclaredSize declared)
    {
        try
        {
            using var header = Vips.LoadHeader(format, data);
            if (header.Width != declared.Width || header.Height != declared.Height)
                return ImageProblems.Corrupt(format, "kích thước trong tệp không khớp nhau");
            int orientation = header.Contains("orientation") ? Math.Clamp((int)header.Get("orientation"), 1, 8) : 1;
            bool sideways = orientation >= 5;
            return new ImageInfo(
                format,
                Width: sideways ? header.Height : header.Width,
                Height: sideways ? header.Width : header.Height,
                orientation,
                header.HasAlpha());
        }
        catch (VipsException e)
        {
            return Vips.Problem(format, e);
        }
    }
}
