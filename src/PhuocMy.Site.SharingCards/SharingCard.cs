namespace PhuocMy.Site.SharingCards;

/// <summary>What one sharing card says: the page's title in large type, under the site's emblem and name.</summary>
/// <param name="Title">The post or page title, as readers see it on the page.</param>
/// <param name="SiteName">Shown beside the emblem, e.g. "Cổng thông tin điện tử phường Phước Mỹ".</param>
/// <param name="Footer">A short line at the bottom, e.g. the site's host name.</param>
public sealed record SharingCard(string Title, string SiteName, string Footer);
