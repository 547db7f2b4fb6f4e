namespace PhuocMy.Site.Features.Images;

/// <summary>
/// Where a photo is shown, which decides its <c>sizes</c> (how wide the theme draws it, so a 360-px phone picks the
/// 360 variant), whether it loads at once and how wide the original must be to look sharp there.
/// </summary>
/// <param name="Sizes">From theme/assets/css/site.css: <c>main.wrap</c> is at most 72rem with 1rem padding each side.</param>
/// <param name="NeededWidth">A 360-px phone at 2× pixels: narrower originals are blurred there (a warning).</param>
internal sealed record ImageUse(string Name, string Sizes, bool Priority, int NeededWidth)
{
    private const string FullColumn = "(min-width: 72rem) 70rem, calc(100vw - 2rem)";

    /// <summary>In a post's or page's body: the text column.</summary>
    public static readonly ImageUse Body = new("body", FullColumn, Priority: false, NeededWidth: 720);

    /// <summary>A post's lead photo above its body: the page's largest paint, fetched at once.</summary>
    public static readonly ImageUse Lead = new("lead", FullColumn, Priority: true, NeededWidth: 720);

    /// <summary>The first featured post on the home page: half the column from 56em.</summary>
    public static readonly ImageUse Featured = new("featured", "(min-width: 72rem) 35rem, (min-width: 56em) calc(50vw - 2rem), calc(100vw - 2rem)", Priority: true, NeededWidth: 720);

    /// <summary>A small picture in a list of posts.</summary>
    public static readonly ImageUse Thumbnail = new("thumbnail", "(min-width: 56em) 12rem, 33vw", Priority: false, NeededWidth: 360);

    public static readonly IReadOnlyList<ImageUse> All = [Body, Lead, Featured, Thumbnail];

    public static ImageUse? Named(string name) => All.FirstOrDefault(use => use.Name == name);
}
