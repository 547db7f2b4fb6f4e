using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Planning;
using PhuocMy.Site.SharingCards;
using PhuocMy.Site.SiteModel;

namespace PhuocMy.Site.Features.Syndication;

/// <summary>
/// Gives every HTML page what its head needs for feeds, sharing and search engines: the feeds to announce (a
/// chuyên mục's own first, on its listing), the <c>og:type</c>, a sharing image (a generated card unless a planner
/// gave the page a photo) and its JSON-LD.
/// </summary>
public sealed class PageHeadDecorator(CardStyle? cardStyle) : IPageDecorator
{
    public PlannedPage Decorate(PlannedPage page, Website site)
    {
        if (!page.UsesBaseLayout) return page;
        var meta = page.Meta;
        var category = meta.Kind == "category"
            ? site.Categories.FirstOrDefault(c => meta.Url.StartsWith(c.Link.Url, StringComparison.Ordinal))
            : null;
        var sectionFeeds = category is null ? [] : SectionFeeds(FeedSection.Of(category, site));
        var image = meta.SharingImage ?? (cardStyle is null ? null : PageCards.ImageFor(PageCards.For(page, site), cardStyle));

        return page with
        {
            Meta = meta with
            {
                OpenGraphType = meta.Kind == "post" ? "article" : meta.OpenGraphType,
                Feeds = [.. sectionFeeds, .. SiteFeeds(site)],
                SectionFeed = sectionFeeds.FirstOrDefault(),
                SharingImage = image,
                StructuredData = image is null ? meta.StructuredData : [.. meta.StructuredData, .. StructuredData.For(page, site, image)],
            },
        };
    }

    private static IReadOnlyList<FeedLink> SectionFeeds(FeedSection section) =>
    [
        new($"{section.Title} (RSS)", section.RssUrl, SyndicationRoutes.RssType),
        new($"{section.Title} (Atom)", section.AtomUrl, SyndicationRoutes.AtomType),
    ];

    private static IReadOnlyList<FeedLink> SiteFeeds(Website site) =>
    [
        .. SectionFeeds(FeedSection.WholeSite(site)),
        new($"{site.Settings.Title} (JSON Feed)", SyndicationRoutes.JsonFeed, SyndicationRoutes.JsonFeedType),
    ];
}
