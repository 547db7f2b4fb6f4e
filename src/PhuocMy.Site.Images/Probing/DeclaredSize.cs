using System.Diagnostics.CodeAnalysis;

namespace PhuocMy.Site.Images;

/// <summary>The stored size written in a file's header (before EXIF orientation), read without decoding.</summary>
internal readonly record struct DeclaredSize(long Width, long Height);

/// <summary>
/// Walks the container structure of a file, reading only headers and markers, never decoding pixels: finds the
/// declared size (checked against the pixel limit before any decoder runs) and tells a file that ends too early
/// (an interrupted copy) or whose structure is broken.
/// </summary>
internal static class ContainerCheck
{
    public static bool TryRead(ImageFormat format, ReadOnlySpan<byte> data, out DeclaredSize size, [NotNullWhen(false)] out ImageProblem? problem)
    {
        var outcome = format switch
        {
            ImageFormat.Jpeg => JpegStructure.Read(data),
            ImageFormat.Png => PngStructure.Read(data),
            ImageFormat.Webp => WebpStructure.Read(data),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
        size = outcome.Size;
        problem = outcome.Status switch
        {
            StructureStatus.Complete when size.Width > 0 && size.Height > 0 => null,
            StructureStatus.Complete => ImageProblems.Corrupt(format, "kích thước ảnh bằng 0"),
            StructureStatus.Truncated => ImageProblems.Truncated(format),
            _ => ImageProblems.Corrupt(format, outcome.Detail ?? "cấu trúc tệp sai"),
        };
        return problem is null;
    }
}

internal enum StructureStatus
{
    Complete,
    Truncated,
    Corrupt,
}

internal readonly record struct StructureOutcome(StructureStatus Status, DeclaredSize Size, string? Detail = null)
{
    public static StructureOutcome Truncated => new(StructureStatus.Truncated, default);

    public static StructureOutcome Corrupt(string detail) => new(StructureStatus.Corrupt, default, detail);
}
