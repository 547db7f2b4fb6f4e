namespace PhuocMy.Site.Planning;

/// <summary>
/// One page to render: the template that draws it and the values it sees. Which input files feed it is not listed
/// here but recorded while it renders (see <c>Dependencies/</c>).
/// </summary>
public sealed record PlannedPage(PageMeta Meta, string Layout, IReadOnlyDictionary<string, object?> Values)
{
    /// <summary>The post or page file this page shows, if it shows exactly one.</summary>
    public string? Origin { get; init; }

    /// <summary>False for outputs that are not HTML pages (a feed, a sitemap): the layout's output is the whole file.</summary>
    public bool UsesBaseLayout { get; init; } = true;

    public string OutputPath => Urls.SitePaths.OutputPathOf(Meta.Url);
}
