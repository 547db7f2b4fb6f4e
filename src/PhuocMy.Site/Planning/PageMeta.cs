namespace PhuocMy.Site.Planning;

public sealed record Crumb(string Name, string Url);

/// <summary>A feed announced in a page's head (<c>&lt;link rel="alternate"&gt;</c>).</summary>
/// <param name="MediaType">e.g. <c>application/rss+xml</c>.</param>
public sealed record FeedLink(string Title, string Url, string MediaType);

/// <summary>
/// The picture shown when a page is shared on Facebook or Zalo (<c>og:image</c>): a raster image (PNG or JPEG,
/// never SVG), 1200×630.
/// </summary>
/// <param name="Url">Root-relative or absolute.</param>
public sealed record SharingImage(string Url, int Width, int Height, string MediaType, string Alt);

/// <summary>What the base layout needs for any page: its head, its place in the site and its language.</summary>
public sealed record PageMeta(
    string Kind,
    string Title,
    string Description,
    string Url,
    string CanonicalUrl,
    string Language,
    IReadOnlyList<Crumb> Breadcrumbs)
{
    public bool Sample { get; init; }

    /// <summary>The post's lead image as written in its front matter (any size or format).</summary>
    public string? ImageUrl { get; init; }
    public string? ImageAlt { get; init; }

    /// <summary><c>og:type</c>: "article" for posts, "website" for the rest.</summary>
    public string OpenGraphType { get; init; } = "website";

    /// <summary>
    /// The sharing picture. A planner sets it when the page has a suitable raster photo (a post's lead photo made
    /// 1200×630 by the image pipeline); pages left without one get a generated card (Features/Syndication).
    /// </summary>
    public SharingImage? SharingImage { get; init; }

    /// <summary>JSON-LD objects for search engines, each written in its own <c>&lt;script type="application/ld+json"&gt;</c>.</summary>
    public IReadOnlyList<string> StructuredData { get; init; } = [];

    /// <summary>Feeds announced in the head, most specific first.</summary>
    public IReadOnlyList<FeedLink> Feeds { get; init; } = [];

    /// <summary>The feed of the section a listing shows, offered as "Theo dõi".</summary>
    public FeedLink? SectionFeed { get; init; }
}
