namespace PhuocMy.Site.Quality;

/// <summary>Every check a build runs on its pages.</summary>
public static class PageChecks
{
    public static IReadOnlyList<IPageCheck> All { get; } =
    [
        new DocumentMetadataCheck(), new HeadingOrderCheck(), new ImageAltCheck(), new ImageDimensionsCheck(), new InlineCodeCheck(), new InternalLinkCheck(), new NfcCheck(),
        new UnversionedAssetCheck(),
    ];
}
