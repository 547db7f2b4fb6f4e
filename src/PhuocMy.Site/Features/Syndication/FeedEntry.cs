using System.Text.Encodings.Web;
using System.Text.Unicode;
using PhuocMy.Site.Content;
using PhuocMy.Site.SiteModel;

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

    public static IReadOnlyList<FeedEntry> Latest(IEnumerable<SitePost> posts, SiteSettings settings) =>
        posts.OrderByDescending(p => p.LocalDate).Take(Count).Select(post => From(post, settings)).ToList();

    public static FeedEntry From(SitePost post, SiteSettings settings)
    {
        var url = Absolute(settings, post.Url);
        var image = post.Image is { } src ? new Uri(AbsoluteUrls.Of(src, url)) : null;
        var lead = post.Post.ShowImage && image is not null
            ? $"<figure><img src=\"{Html.Encode(image.AbsoluteUri)}\" alt=\"{Html.Encode(post.ImageAlt ?? "")}\"></figure>\n"
            : "";
        var sapo = string.IsNullOrWhiteSpace(post.Summary) ? "" : $"<p><strong>{Html.Encode(post.Summary)}</strong></p>\n";
        var content = sapo + lead + AbsoluteUrls.InHtml(post.Post.BodyHtml, url);
        return new FeedEntry(post, url, post.Title, post.Summary, content, post.LocalDate, post.LocalUpdated ?? post.LocalDate, image);
    }

    public static Uri Absolute(SiteSettings settings, string rootRelative) => new(settings.BaseUrl, rootRelative.TrimStart('/'));
}
