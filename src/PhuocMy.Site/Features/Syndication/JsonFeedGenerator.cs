using System.Text.Json.Nodes;
using PhuocMy.Site.Content;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Output;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Planning;
using static PhuocMy.Site.Features.Syndication.JsonText;
using PhuocMy.Site.Urls;

namespace PhuocMy.Site.Features.Syndication;

/// <summary>JSON Feed 1.1 (jsonfeed.org) of the newest 20 posts, for the city portal to aggregate.</summary>
public sealed class JsonFeedGenerator : IAfterRenderGenerator
{
    public const string Version = "https://jsonfeed.org/version/1.1";

    public IEnumerable<OutputFile> Generate(RenderedSite site, DiagnosticBag diagnostics)
    {
        var settings = site.Site.Settings;
        var photos = FeedEntry.PhotosOf(site);
        var section = FeedSection.WholeSite(site.Site);
        var entries = FeedEntry.Latest(section.Posts, settings, photos);
        var publisher = FeedSection.Text(settings, "organisation");
        var feed = Object(
            ("version", Version),
            ("title", section.Title),
            ("home_page_url", settings.BaseUrl.AbsoluteUri),
            ("feed_url", FeedEntry.Absolute(settings, SyndicationRoutes.JsonFeed).AbsoluteUri),
            ("description", Text(section.Description)),
            ("language", section.Language),
            ("authors", publisher is null ? null : new JsonArray(Object(("name", publisher), ("url", settings.BaseUrl.AbsoluteUri)))),
            ("items", Array(entries.Select(entry => Item(entry, settings)))));
        yield return new OutputFile(SitePaths.OutputPathOf(SyndicationRoutes.JsonFeed), Utf8(feed),
            [PlanContext.SettingsSource, .. entries.Select(e => e.Post.Post.SourcePath)]);
    }

    private static JsonObject Item(FeedEntry entry, SiteSettings settings) => Object(
        ("id", entry.Url.AbsoluteUri),
        ("url", entry.Url.AbsoluteUri),
        ("title", entry.Title),
        ("content_html", entry.ContentHtml),
        ("summary", Text(entry.Summary)),
        ("image", entry.Image is null ? null : entry.Image.AbsoluteUri),
        ("date_published", SiteTime.Iso(entry.Published)),
        ("date_modified", SiteTime.Iso(entry.Updated)),
        ("authors", (entry.Post.Post.Author ?? FeedSection.Text(settings, "organisation")) is { } author ? new JsonArray(Object(("name", author))) : null),
        ("tags", Tags(entry)));

    /// <summary>The chuyên mục first, then the từ khóa.</summary>
    private static JsonArray? Tags(FeedEntry entry)
    {
        var names = entry.Post.Tags.Select(t => t.Name).Prepend(entry.Post.Category?.Name).OfType<string>().ToList();
        return names.Count == 0 ? null : Array(names.Select(name => (JsonNode?)JsonValue.Create(name)));
    }
}
