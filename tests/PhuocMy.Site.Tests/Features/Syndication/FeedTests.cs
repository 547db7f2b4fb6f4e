using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Tests.Support;

namespace PhuocMy.Site.Tests.Features.Syndication;

/// <summary>The feeds read with real parsers: SyndicationFeed for RSS and Atom, System.Text.Json for JSON Feed.</summary>
public sealed class FeedTests
{
    private const string Base = "https://thu-nghiem.example.org/";

    /// <summary>22 posts, one a day in January 2020, alternating two chuyên mục; post 22 was corrected and links inside the site.</summary>
    private static readonly Lazy<GenerationResult> Site = new(() =>
    {
        var site = new TestSite().With("images/hoi-nghi.svg", """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3"><rect width="4" height="3"/></svg>""");
        for (var day = 1; day <= 21; day++)
            site.Post($"tin-{day}", $"Tin số {day} về đường Dương Đình Nghệ", $"2020-01-{day:00} 08:00", day % 2 == 0 ? "Thông báo" : "Tin tức - Sự kiện");
        site.With("posts/tin-22.md", """
            ---
            title: Hội nghị sơ kết "6 tháng" & bàn giải pháp <thu ngân sách>
            date: 2020-01-22 16:00
            updated: 2020-01-23 09:30
            category: Thông báo
            tags: [thu ngân sách]
            summary: Sapo của bài.
            author: Văn phòng UBND phường
            ---
            Xem [lưu trữ](/luu-tru/) và [mục dưới](#ket-luan).

            ![Toàn cảnh hội nghị](/images/hoi-nghi.svg)

            ## Kết luận

            Đoạn cuối.
            """);
        return TestSite.Clean(site.Generate());
    });

    private static byte[] File(string path) =>
        Assert.Single(Site.Value.Files, f => f.Path == path).Content.ToArray();

    private static SyndicationFeed Load(string path)
    {
        using var reader = XmlReader.Create(new MemoryStream(File(path)));
        return SyndicationFeed.Load(reader);
    }

    [Theory]
    [InlineData("rss.xml")]
    [InlineData("atom.xml")]
    [InlineData("chuyen-muc/thong-bao/rss.xml")]
    [InlineData("chuyen-muc/thong-bao/atom.xml")]
    [InlineData("feed.json")]
    public void Feeds_are_utf8_without_a_byte_order_mark(string path)
    {
        var bytes = File(path);
        Assert.False(bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]), $"{path} starts with a BOM");
        Assert.Contains("Dương Đình Nghệ", new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes));
    }

    [Theory]
    [InlineData("rss.xml")]
    [InlineData("atom.xml")]
    public void The_site_feed_has_the_newest_20_posts_with_local_dates_and_absolute_links(string path)
    {
        var feed = Load(path);
        Assert.Equal("Cổng thông tin điện tử phường Thử Nghiệm", feed.Title.Text);
        Assert.Equal(20, feed.Items.Count());
        var items = feed.Items.ToList();
        Assert.Equal("Hội nghị sơ kết \"6 tháng\" & bàn giải pháp <thu ngân sách>", items[0].Title.Text);
        Assert.Equal(new DateTimeOffset(2020, 1, 22, 16, 0, 0, TimeSpan.FromHours(7)), items[0].PublishDate);
        Assert.Equal(new DateTimeOffset(2020, 1, 23, 9, 30, 0, TimeSpan.FromHours(7)), items[0].LastUpdatedTime);
        Assert.Equal(Enumerable.Range(3, 20).Reverse().Select(day => day == 22 ? items[0].Title.Text : $"Tin số {day} về đường Dương Đình Nghệ"),
            items.Select(i => i.Title.Text));
        Assert.All(items, item =>
        {
            Assert.Equal(TimeSpan.FromHours(7), item.PublishDate.Offset);
            Assert.StartsWith(Base + "tin-tuc/", Assert.Single(item.Links).Uri.AbsoluteUri);
        });
        Assert.Equal(Base + "tin-tuc/tin-22/", items[0].Id);
    }

    [Fact]
    public void Rss_carries_the_full_text_with_absolute_addresses()
    {
        var html = Load("rss.xml").Items.First().Summary.Text;
        AssertFullText(html);
    }

    [Fact]
    public void Atom_carries_the_sapo_as_summary_and_the_full_text_as_content()
    {
        var item = Load("atom.xml").Items.First();
        Assert.Equal("Sapo của bài.", item.Summary.Text);
        AssertFullText(Assert.IsType<TextSyndicationContent>(item.Content).Text);
        Assert.Equal("Văn phòng UBND phường", Assert.Single(item.Authors).Name);
        Assert.Equal(["Thông báo", "thu ngân sách"], item.Categories.Select(c => c.Name));
    }

    private static void AssertFullText(string html)
    {
        Assert.Contains("<strong>Sapo của bài.</strong>", html);
        Assert.Contains($"href=\"{Base}luu-tru/\"", html);
        Assert.Contains($"href=\"{Base}tin-tuc/tin-22/#ket-luan\"", html);
        Assert.Contains($"src=\"{Base}images/hoi-nghi.svg\"", html);
        Assert.Contains("Đoạn cuối.", html);
        Assert.DoesNotContain("=\"/", html);
    }

    [Fact]
    public void A_category_feed_has_only_that_categorys_posts()
    {
        foreach (var path in new[] { "chuyen-muc/thong-bao/rss.xml", "chuyen-muc/thong-bao/atom.xml" })
        {
            var feed = Load(path);
            Assert.Equal(11, feed.Items.Count());
            Assert.All(feed.Items, item => Assert.Contains(item.Categories, c => c.Name == "Thông báo"));
            Assert.Contains(feed.Links, l => l.Uri.AbsoluteUri == Base + "chuyen-muc/thong-bao/");
        }
        Assert.Empty(Load("chuyen-muc/xay-dung-dang/rss.xml").Items);
    }

    [Fact]
    public void The_json_feed_is_json_feed_1_1_with_the_required_fields()
    {
        using var json = JsonDocument.Parse(File("feed.json"));
        var feed = json.RootElement;
        Assert.Equal("https://jsonfeed.org/version/1.1", feed.GetProperty("version").GetString());
        Assert.Equal("Cổng thông tin điện tử phường Thử Nghiệm", feed.GetProperty("title").GetString());
        Assert.Equal(Base + "feed.json", feed.GetProperty("feed_url").GetString());
        var items = feed.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(20, items.Count);
        Assert.All(items, item =>
        {
            Assert.StartsWith(Base + "tin-tuc/", item.GetProperty("id").GetString());
            Assert.StartsWith(Base + "tin-tuc/", item.GetProperty("url").GetString());
            Assert.False(string.IsNullOrWhiteSpace(item.GetProperty("content_html").GetString()));
            var published = item.GetProperty("date_published").GetString()!;
            Assert.EndsWith("+07:00", published);
            Assert.Equal(TimeSpan.FromHours(7), DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture).Offset);
        });
        Assert.Equal("2020-01-23T09:30:00+07:00", items[0].GetProperty("date_modified").GetString());
        AssertFullText(items[0].GetProperty("content_html").GetString()!);
        Assert.Equal(["Thông báo", "thu ngân sách"], items[0].GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public void Every_page_announces_the_site_feeds_and_a_category_page_its_own_first()
    {
        var home = TestSite.Dom(Site.Value, "index.html");
        Assert.Equal(["/rss.xml", "/atom.xml", "/feed.json"], home.QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("href")));
        Assert.Equal(["application/rss+xml", "application/atom+xml", "application/feed+json"],
            home.QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("type")));

        var category = TestSite.Dom(Site.Value, "chuyen-muc/thong-bao/trang/2/index.html");
        Assert.Equal("/chuyen-muc/thong-bao/rss.xml", category.QuerySelector("link[rel=alternate]")!.GetAttribute("href"));
        var follow = category.QuerySelector("main a[href='/chuyen-muc/thong-bao/rss.xml']");
        Assert.NotNull(follow);
        Assert.Contains("Theo dõi", follow.TextContent);
        Assert.Null(TestSite.Dom(Site.Value, "tin-tuc/index.html").QuerySelector("main a[href$='rss.xml']"));
    }
}
