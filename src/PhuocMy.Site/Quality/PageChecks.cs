namespace PhuocMy.Site.Quality;

/// <summary>Every check a build runs on its pages.</summary>
public static class PageChecks
{
    public static IReadOnlyList<IPageCheck> All { get; } =
    [
        new InternalLinkCheck(), new ImageAltCheck(), new HeadingOrderCheck(), new DocumentMetadataCheck(), new NfcCheck(), new InlineCodeCheck(),
    ];
}
