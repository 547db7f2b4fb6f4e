using System.Text;
using System.Text.RegularExpressions;
using PhuocMy.Site.Testing;
using PhuocMy.Site.Tests.Support;

namespace PhuocMy.Site.Tests.WholeSite;

/// <summary>
/// Every kind of page and generated file of the real portal (input/ + theme/), compared with verified snapshots in
/// <c>Snapshots/real-*</c>: HTML semantically (HtmlSnapshot), everything else character for character (TextSnapshot).
/// </summary>
public partial class RealSiteSnapshotTests(RealSiteSnapshotFixture site) : IClassFixture<RealSiteSnapshotFixture>
{
    [Fact]
    public void The_site_builds_without_any_diagnostic() => TestSite.Clean(site.Result);

    [Theory]
    [InlineData("home", "index.html")]
    [InlineData("post", "tin-tuc/hoi-nghi-so-ket-6-thang-dau-nam-2020/index.html")]
    [InlineData("category", "chuyen-muc/xay-dung-dang/index.html")]
    [InlineData("tag-index", "tu-khoa/index.html")]
    [InlineData("tag", "tu-khoa/covid-19/index.html")]
    [InlineData("archive-index", "luu-tru/index.html")]
    [InlineData("archive-year", "luu-tru/2020/index.html")]
    [InlineData("archive-month", "luu-tru/2020/07/index.html")]
    [InlineData("listing-page-2", "tin-tuc/trang/2/index.html")]
    [InlineData("static-page", "gioi-thieu/index.html")]
    [InlineData("contact-page", "lien-he/index.html")]
    [InlineData("english-page", "en/index.html")]
    [InlineData("data-index", "so-lieu/index.html")]
    [InlineData("data-table", "so-lieu/thu-ngan-sach-6-thang-2020/index.html")]
    [InlineData("document-list", "van-ban/index.html")]
    [InlineData("document-type", "van-ban/loai/ke-hoach/index.html")]
    [InlineData("document", "van-ban/95-tb-ubnd-2025/index.html")]
    [InlineData("schedule", "lich-cong-tac/index.html")]
    [InlineData("schedule-week", "lich-cong-tac/2025-06-16/index.html")]
    [InlineData("search", "tim-kiem/index.html")]
    [InlineData("not-found", "404.html")]
    public void Page(string name, string path) => HtmlSnapshot.Match(Output(path), "real-" + name);

    [Theory]
    [InlineData("rss", "rss.xml", "xml")]
    [InlineData("atom", "atom.xml", "xml")]
    [InlineData("category-rss", "chuyen-muc/thong-bao/rss.xml", "xml")]
    [InlineData("category-atom", "chuyen-muc/thong-bao/atom.xml", "xml")]
    [InlineData("json-feed", "feed.json", "json")]
    [InlineData("sitemap", "sitemap.xml", "xml")]
    [InlineData("robots", "robots.txt", "txt")]
    [InlineData("redirects", "_redirects", "txt")]
    [InlineData("search-manifest", "tim-kiem/chi-muc/manifest.json", "json")]
    [InlineData("search-entry", "tim-kiem/chi-muc/d/0.json", "json")]
    [InlineData("document-list-json", "van-ban/danh-sach.json", "json")]
    [InlineData("data-table-csv", "so-lieu/thu-ngan-sach-6-thang-2020.csv", "csv")]
    public void Generated_file(string name, string path, string extension) => TextSnapshot.Match(Output(path), "real-" + name, extension);

    /// <summary>
    /// The file as the build made it, with two kinds of address made constant. Asset versions (<c>?v=</c> + 10 hex
    /// digits) change with every CSS or script edit; ThemeTests covers them, the snapshots cover the markup. Sharing
    /// cards are named by a hash of their text and drawing style (<c>/chia-se/</c> + 20 hex digits), which a change to
    /// how cards are drawn renews without changing any page. Nothing else varies from run to run: the build time is
    /// fixed and the output does not depend on the machine.
    /// </summary>
    private string Output(string path)
    {
        var file = site.Result.Files.SingleOrDefault(f => f.Path == path);
        Assert.True(file is not null, $"No {path} in the output.\n{TestSite.Describe(site.Result)}");
        var text = Encoding.UTF8.GetString(file.Content.Span);
        return CardName().Replace(AssetVersion().Replace(text, "?v=HASH"), "/chia-se/CARD.png");
    }

    [GeneratedRegex(@"\?v=[0-9a-f]{10}")]
    private static partial Regex AssetVersion();

    [GeneratedRegex(@"/chia-se/[0-9a-f]{20}\.png")]
    private static partial Regex CardName();
}
