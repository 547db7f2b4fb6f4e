namespace PhuocMy.Site.Preview;

/// <summary>Pages the preview redrew and showed right after an edit, ahead of the build that follows it.</summary>
/// <param name="Changes">The paths whose change it showed.</param>
/// <param name="Pages">The output paths of the pages redrawn (<c>tin-tuc/x/index.html</c>).</param>
/// <param name="Elapsed">From the end of the burst of changes to the open pages being told to reload.</param>
public sealed record PreviewRedraw(IReadOnlyList<string> Changes, IReadOnlyList<string> Pages, TimeSpan Elapsed);
