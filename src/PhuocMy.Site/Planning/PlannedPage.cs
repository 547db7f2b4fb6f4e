namespace PhuocMy.Site.Planning;

/// <summary>
/// One HTML page to render: the template that draws it, the values it sees, and the input files that feed it
/// (so a preview server can rebuild only the pages an edit touches).
/// </summary>
public sealed record PlannedPage(PageMeta Meta, string Layout, IReadOnlyDictionary<string, object?> Values, IReadOnlyList<string> Sources)
{
    /// <summary>The post or page file this page shows, if it shows exactly one.</summary>
    public string? Origin { get; init; }

    /// <summary>False for outputs that are not HTML pages (a feed, a sitemap): the layout's output is the whole file.</summary>
    public bool UsesBaseLayout { get; init; } = true;

    public string OutputPath => SiteModel.Routes.ToOutputPath(Meta.Url);
}
