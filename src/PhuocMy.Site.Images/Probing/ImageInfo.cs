namespace PhuocMy.Site.Images;

/// <summary>
/// What the header of a photo says, read without decoding its pixels. <see cref="Width"/> and
/// <see cref="Height"/> are as the photo is shown, after its EXIF orientation (a phone photo taken upright is
/// stored sideways with Orientation 6).
/// </summary>
public sealed record ImageInfo(ImageFormat Format, int Width, int Height, int Orientation, bool HasAlpha)
{
    /// <summary>A warning when the photo is narrower than <paramref name="neededWidth"/> CSS pixels, else null.</summary>
    public ImageProblem? TooSmallFor(int neededWidth) =>
        Width < neededWidth ? ImageProblems.TooSmall(Width, neededWidth) : null;
}
