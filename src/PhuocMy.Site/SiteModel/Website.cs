using PhuocMy.Site.Content;

namespace PhuocMy.Site.SiteModel;

/// <summary>The whole site as one immutable model: what every listing and page is rendered from.</summary>
public sealed record Website(
    SiteSettings Settings,
    IReadOnlyList<SitePost> Posts,
    IReadOnlyList<Page> Pages,
    IReadOnlyList<CategorySection> Categories,
    IReadOnlyList<TagSection> Tags,
    IReadOnlyList<ArchiveYear> Years)
{
    /// <summary>Posts past their <c>expires:</c>: each keeps its page (with a note) but is in none of the lists above.</summary>
    public IReadOnlyList<SitePost> Lapsed { get; init; } = [];

    /// <summary>Posts this build left out, and why.</summary>
    public PublicationReport Publication { get; init; } = PublicationReport.Empty;
}
