namespace PhuocMy.Site.Images;

public enum ImageProblemKind
{
    /// <summary>The file holds something else than a JPEG, PNG or WebP (a PDF named .jpg, an iPhone HEIC…).</summary>
    NotAnImage,
    /// <summary>The file ends before the image data does (an interrupted copy or upload).</summary>
    Truncated,
    /// <summary>The data is damaged in a way the decoder cannot read.</summary>
    Corrupt,
    /// <summary>The header declares more pixels than <see cref="ImageOptions.MaxPixels"/> (a decompression bomb), or the file is too large.</summary>
    TooLarge,
    /// <summary>A warning: the photo is narrower than the place it is shown in needs.</summary>
    TooSmall,
}

/// <summary>
/// What is wrong with an image, for the person who added it: <see cref="Message"/> says what, <see cref="Fix"/>
/// what to do, both in Vietnamese. The caller adds the file and the page that uses it.
/// </summary>
public sealed record ImageProblem(ImageProblemKind Kind, string Message, string Fix)
{
    /// <summary>A warning does not fail the build; every other problem does.</summary>
    public bool IsWarning => Kind == ImageProblemKind.TooSmall;

    public override string ToString() => $"{Message}. {Fix}.";
}
