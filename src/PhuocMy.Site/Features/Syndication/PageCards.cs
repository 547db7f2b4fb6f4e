using PhuocMy.Site.Planning;
using PhuocMy.Site.SharingCards;
using PhuocMy.Site.SiteModel;
using PhuocMy.Site.Urls;

namespace PhuocMy.Site.Features.Syndication;

/// <summary>
/// What a page's generated sharing card says: the post or page title; a listing's heading (the same card for all
/// its pages); the site's description on the home page.
/// </summary>
public static class PageCards
{
    public static SharingCard For(PlannedPage page, Website site)
    {
        var title = page.Meta.Url == Routes.Home
            ? FeedSection.Text(site.Settings, "description") ?? site.Settings.Title
            : page.Values.GetValueOrDefault("heading") as string ?? page.Meta.Title;
        var address = site.Settings.BaseUrl;
        var footer = address.Host + address.AbsolutePath.TrimEnd('/');
        return new SharingCard(title, site.Settings.Title, footer);
    }

    public static SharingImage ImageFor(SharingCard card, CardStyle style) =>
        new(SyndicationRoutes.Card(SharingCardRenderer.KeyOf(card, style)), SharingCardRenderer.Width, SharingCardRenderer.Height, MediaTypes.Png, card.Title);

    public static bool IsCard(SharingImage image) => image.Url.StartsWith(SyndicationRoutes.CardFolder, StringComparison.Ordinal);
}
