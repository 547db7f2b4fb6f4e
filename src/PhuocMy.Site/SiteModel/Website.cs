using PhuocMy.Site.Content;

namespace PhuocMy.Site.SiteModel;

/// <summary>The whole site as one immutable model: what every listing and page is rendered from.</summary>
public sealed record Website(
    SiteSettings Settings,
    IReadOnlyList<SitePost> Posts,
    IReadOnlyList<Page> Pages,
    IReadOnlyList<CategorySection> Categories,
    IReadOnlyList<TagSection> Tags,
    IReadOnlyList<ArchiveYear> Years);
