namespace PhuocMy.Site.Images;

/// <summary>One published file: upright, sRGB, without any metadata.</summary>
public sealed record EncodedImage(ImageFormat Format, int Width, int Height, byte[] Bytes)
{
    /// <summary>A file name for this variant: <c>ten-anh-720.webp</c>.</summary>
    public string FileName(string stem) => $"{stem}-{Width}{Format.Extension()}";
}
