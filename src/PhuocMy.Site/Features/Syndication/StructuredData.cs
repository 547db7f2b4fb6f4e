using System.Text.Json.Nodes;
using PhuocMy.Site.Content;
using PhuocMy.Site.Planning;
using PhuocMy.Site.SiteModel;
using static PhuocMy.Site.Features.Syndication.JsonText;

namespace PhuocMy.Site.Features.Syndication;

/// <summary>
/// JSON-LD (schema.org) for search engines: <c>NewsArticle</c> on posts, <c>GovernmentOrganization</c> on the home
/// page (from site.yml), <c>BreadcrumbList</c> wherever the page shows breadcrumbs.
/// </summary>
public static class StructuredData
{
    private const string Context = "https://schema.org";

    public static IReadOnlyList<string> For(PlannedPage page, Website site, SharingImage image)
    {
        var settings = site.Settings;
        var imageUrl = AbsoluteUrls.Of(image.Url, settings.BaseUrl);
        var found = new List<JsonObject>();
        if (page.Meta.Url == Routes.Home) found.Add(Organisation(settings, imageUrl));
        if (page.Values.GetValueOrDefault("post") is SitePost post && page.Meta.Kind == "post") found.Add(Article(post, page.Meta, settings, imageUrl));
        if (page.Meta.Breadcrumbs.Count > 1) found.Add(Breadcrumbs(page.Meta.Breadcrumbs, settings, page.Meta.Language));
        return found.Select(JsonText.ForScript).ToList();
    }

    public static JsonObject Article(SitePost post, PageMeta meta, SiteSettings settings, string imageUrl) => Object(
        ("@context", Context),
        ("@type", "NewsArticle"),
        ("headline", post.Title),
        ("description", Text(post.Summary)),
        ("url", meta.CanonicalUrl),
        ("mainEntityOfPage", meta.CanonicalUrl),
        ("inLanguage", meta.Language),
        ("datePublished", SiteTime.Iso(post.LocalDate)),
        ("dateModified", SiteTime.Iso(post.LocalUpdated ?? post.LocalDate)),
        ("image", new JsonArray(JsonValue.Create(imageUrl))),
        ("articleSection", Text(post.Category?.Name)),
        ("keywords", post.Tags.Count == 0 ? null : Array(post.Tags.Select(t => (JsonNode?)JsonValue.Create(t.Name)))),
        ("author", (post.Post.Author ?? FeedSection.Text(settings, "organisation")) is { } author
            ? new JsonArray(Object(("@type", "Organization"), ("name", author)))
            : null),
        ("publisher", Publisher(settings)));

    public static JsonObject Organisation(SiteSettings settings, string imageUrl) => Object(
        ("@context", Context),
        ("@type", "GovernmentOrganization"),
        ("name", FeedSection.Text(settings, "organisation") ?? settings.Title),
        ("alternateName", Text(FeedSection.Text(settings, "short_title"))),
        ("description", Text(FeedSection.Text(settings, "description"))),
        ("url", settings.BaseUrl.AbsoluteUri),
        ("image", imageUrl),
        ("address", FeedSection.Text(settings, "address") is { } address
            ? Object(("@type", "PostalAddress"), ("streetAddress", address), ("addressCountry", "VN"))
            : null),
        ("telephone", Text(FeedSection.Text(settings, "phone"))),
        ("email", Text(FeedSection.Text(settings, "email"))));

    public static JsonObject Breadcrumbs(IReadOnlyList<Crumb> crumbs, SiteSettings settings, string? language = null) => Object(
        ("@context", Context),
        ("@type", "BreadcrumbList"),
        ("itemListElement", Array(crumbs.Select((crumb, index) => (JsonNode?)Object(
            ("@type", "ListItem"),
            ("position", index + 1),
            ("name", index == 0 && HomeIn(settings, language) is { } home ? home : crumb.Name),
            ("item", FeedEntry.Absolute(settings, crumb.Url).AbsoluteUri))))));

    /// <summary>
    /// The first crumb's name on an English page, as the page's breadcrumb shows it (<c>en.ui.home</c> of site.yml,
    /// the same rule as base.liquid); null elsewhere.
    /// </summary>
    private static string? HomeIn(SiteSettings settings, string? language) =>
        language == "en" && settings.Values.GetValueOrDefault("en") is IDictionary<string, object?> english
        && english.TryGetValue("ui", out var ui) && ui is IDictionary<string, object?> labels
        && labels.TryGetValue("home", out var home) && home is string { Length: > 0 } text
            ? text
            : null;

    private static JsonObject Publisher(SiteSettings settings) => Object(
        ("@type", "GovernmentOrganization"),
        ("name", FeedSection.Text(settings, "organisation") ?? settings.Title),
        ("url", settings.BaseUrl.AbsoluteUri));

}
