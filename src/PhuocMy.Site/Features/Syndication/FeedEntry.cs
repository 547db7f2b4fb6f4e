using System.Text.Encodings.Web;
using System.Text.Unicode;
using PhuocMy.Site.Content;
using PhuocMy.Site.Planning;
using PhuocMy.Site.SiteModel;
using PhuocMy.Site.Urls;

namespace PhuocMy.Site.Features.Syndication;

/// <summary>
/// A post as every feed carries it: absolute addresses, dates in Đà Nẵng time (+07:00), and the full text as the
/// post page shows it (sapo, lead photo, body), with every link and image made absolute.
/// </summary>
public sealed record FeedEntry(SitePost Post, Uri Url, string Title, string Summary, string ContentHtml, DateTimeOffset Published, DateTimeOffset Updated, Uri? Image)
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>How many posts a feed carries: the newest.</summary>
    public const int Count = 20;

    public static IReadOnlyList<FeedEntry> Latest(IEnumerable<SitePost> posts, SiteSettings settings, IReadOnlyDictionary<string, SharingImage>? photos = null) =>
        posts.OrderByDescending(p => p.LocalDate).Take(Count).Select(post => From(post, settings, photos?.GetValueOrDefault(post.SourcePath))).ToList();

    /// <param name="photo">
    /// The post's lead photo as published for sharing (a photo's original is never published: Features/Images);
    /// null for a post whose lead image is published as it is (an SVG drawing) or that has none.
    /// </param>
    public static FeedEntry From(SitePost post, SiteSettings settings, SharingImage? photo = null)
    {
        var url = Absolute(settings, post.Url);
        var image = photo is not null ? new Uri(AbsoluteUrls.Of(photo.Url, url))
            : post.Image is { } src ? new Uri(AbsoluteUrls.Of(src, url)) : null;
        var size = photo is null ? "" : $" width=\"{photo.Width}\" height=\"{photo.Height}\"";
        var lead = post.Post.ShowImage && image is not null
            ? $"<figure><img src=\"{Html.Encode(image.AbsoluteUri)}\" alt=\"{Html.Encode(post.ImageAlt ?? "")}\"{size}></figure>\n"
            : "";
        var sapo = string.IsNullOrWhiteSpace(post.Summary) ? "" : $"<p><strong>{Html.Encode(post.Summary)}</strong></p>\n";
        var content = sapo + lead + AbsoluteUrls.InHtml(post.Post.BodyHtml, url);
        return new FeedEntry(post, url, post.Title, post.Summary, content, post.LocalDate, post.LocalUpdated ?? post.LocalDate, image);
    }

    /// <summary>The sharing photo of each post page that has one (not a generated card), by the post's source file.</summary>
    public static IReadOnlyDictionary<string, SharingImage> PhotosOf(Pipeline.RenderedSite site) =>
        site.Pages
            .Where(page => page.Plan.Origin is not null && page.Plan.Meta.Kind == "post" && page.Plan.Meta.SharingImage is { } image && !PageCards.IsCard(image))
            .GroupBy(page => page.Plan.Origin!, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First().Plan.Meta.SharingImage!, StringComparer.Ordinal);

    public static Uri Absolute(SiteSettings settings, string rootRelative) => SitePaths.Absolute(settings.BaseUrl, rootRelative);
}
