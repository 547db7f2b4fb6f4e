using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using AngleSharp.Dom;
using PhuocMy.Site.Output;
using PhuocMy.Site.Tests.Support;

namespace PhuocMy.Site.Tests.Features.Syndication;

/// <summary>
/// Every page of the real site carries a canonical address, OpenGraph and Twitter tags with a raster 1200×630
/// sharing image that the build writes, feed links and JSON-LD with the properties search engines require.
/// </summary>
public sealed class HeadMetadataTests
{
    private const string Base = "https://phuocmy.netlify.app/";

    private static IEnumerable<(OutputFile File, IDocument Dom)> Pages() =>
        RealSite.Pages.Select(f => (f, TestSite.Dom(RealSite.Result, f.Path)));

    private static string Meta(IDocument dom, string selector, string page)
    {
        var content = dom.QuerySelector(selector)?.GetAttribute("content");
        Assert.True(!string.IsNullOrWhiteSpace(content), $"{page}: no {selector}");
        return content;
    }

    private static OutputFile FileAt(string absoluteUrl)
    {
        Assert.StartsWith(Base, absoluteUrl);
        var path = absoluteUrl[Base.Length..];
        var file = RealSite.Result.Files.SingleOrDefault(f => f.Path == path);
        Assert.True(file is not null, $"{absoluteUrl} is not a file of the site");
        return file;
    }

    [Fact]
    public void Every_page_has_canonical_opengraph_and_twitter_tags()
    {
        var pages = Pages().ToList();
        Assert.True(pages.Count > 100, $"only {pages.Count} pages");
        foreach (var (file, dom) in pages)
        {
            var canonical = dom.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
            Assert.True(canonical is not null && canonical.StartsWith(Base, StringComparison.Ordinal), $"{file.Path}: canonical {canonical}");
            Assert.Equal(canonical, Meta(dom, "meta[property='og:url']", file.Path));
            Meta(dom, "meta[property='og:title']", file.Path);
            Meta(dom, "meta[property='og:description']", file.Path);
            Assert.Equal(file.Path.StartsWith("tin-tuc/", StringComparison.Ordinal) && dom.QuerySelector("article.post") is not null ? "article" : "website",
                Meta(dom, "meta[property='og:type']", file.Path));
            Assert.Equal("summary_large_image", Meta(dom, "meta[name='twitter:card']", file.Path));
            Assert.Equal(Meta(dom, "meta[property='og:image']", file.Path), Meta(dom, "meta[name='twitter:image']", file.Path));
        }
    }

    [Fact]
    public void Every_sharing_image_is_a_raster_1200_by_630_file_of_the_site()
    {
        var checkedImages = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (file, dom) in Pages())
        {
            var url = Meta(dom, "meta[property='og:image']", file.Path);
            Assert.Equal("1200", Meta(dom, "meta[property='og:image:width']", file.Path));
            Assert.Equal("630", Meta(dom, "meta[property='og:image:height']", file.Path));
            Meta(dom, "meta[property='og:image:alt']", file.Path);
            if (!checkedImages.Add(url)) continue;
            var size = ImageSize.Of(FileAt(url).Content.Span);
            Assert.True(size is (_, 1200, 630), $"{file.Path}: {url} is {size?.ToString() ?? "not a PNG or JPEG"}");
            Assert.Equal($"image/{size?.Format}", Meta(dom, "meta[property='og:image:type']", file.Path));
        }
        Assert.True(checkedImages.Count > 50, $"only {checkedImages.Count} distinct cards");
    }

    [Fact]
    public void Every_page_links_feeds_that_exist_and_parse()
    {
        var feeds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (file, dom) in Pages())
        {
            var links = dom.QuerySelectorAll("link[rel=alternate]").ToList();
            Assert.True(links.Any(l => l.GetAttribute("type") == "application/rss+xml"), $"{file.Path}: no RSS link");
            foreach (var link in links) feeds.Add(link.GetAttribute("href")!);
        }
        foreach (var feed in feeds.Where(f => f.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = XmlReader.Create(new MemoryStream(FileAt(Base + feed.TrimStart('/')).Content.ToArray()));
            Assert.NotEmpty(SyndicationFeed.Load(reader).Items);
        }
        Assert.Contains("/feed.json", feeds);
    }

    [Fact]
    public void Each_category_page_offers_its_own_feed_as_theo_doi()
    {
        var categories = RealSite.Result.Files.Where(f => f.Path.StartsWith("chuyen-muc/", StringComparison.Ordinal) && f.IsHtml).ToList();
        Assert.NotEmpty(categories);
        foreach (var file in categories)
        {
            var slug = file.Path.Split('/')[1];
            var follow = TestSite.Dom(RealSite.Result, file.Path).QuerySelector($"main a[href='/chuyen-muc/{slug}/rss.xml']");
            Assert.True(follow is not null && follow.TextContent.Contains("Theo dõi", StringComparison.Ordinal), $"{file.Path}: no Theo dõi link");
        }
    }

    private static List<JsonElement> JsonLd(IDocument dom) =>
        dom.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement).ToList();

    private static JsonElement OfType(List<JsonElement> data, string type, string page)
    {
        var found = data.Where(d => d.GetProperty("@type").GetString() == type).ToList();
        Assert.True(found.Count == 1, $"{page}: {found.Count} JSON-LD {type}");
        Assert.Equal("https://schema.org", found[0].GetProperty("@context").GetString());
        return found[0];
    }

    [Fact]
    public void Posts_have_a_news_article_with_the_required_properties()
    {
        var posts = Pages().Where(p => p.Dom.QuerySelector("meta[property='og:type']")?.GetAttribute("content") == "article").ToList();
        Assert.True(posts.Count >= 20);
        foreach (var (file, dom) in posts)
        {
            var article = OfType(JsonLd(dom), "NewsArticle", file.Path);
            Assert.Equal(dom.QuerySelector("h1")!.TextContent.Trim(), article.GetProperty("headline").GetString());
            var published = DateTimeOffset.Parse(article.GetProperty("datePublished").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(TimeSpan.FromHours(7), published.Offset);
            Assert.Equal(dom.QuerySelector("article time")!.GetAttribute("datetime"), article.GetProperty("datePublished").GetString());
            Assert.True(DateTimeOffset.Parse(article.GetProperty("dateModified").GetString()!, System.Globalization.CultureInfo.InvariantCulture) >= published);
            Assert.Equal(Meta(dom, "meta[property='og:image']", file.Path), article.GetProperty("image")[0].GetString());
            Assert.False(string.IsNullOrWhiteSpace(article.GetProperty("author")[0].GetProperty("name").GetString()));
            Assert.Equal(dom.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), article.GetProperty("mainEntityOfPage").GetString());
        }
    }

    [Fact]
    public void The_home_page_describes_the_ward_as_a_government_organization_from_site_yml()
    {
        var organisation = OfType(JsonLd(TestSite.Dom(RealSite.Result, "index.html")), "GovernmentOrganization", "index.html");
        Assert.Equal("Ủy ban nhân dân phường Phước Mỹ", organisation.GetProperty("name").GetString());
        Assert.Equal(Base, organisation.GetProperty("url").GetString());
        Assert.Equal("Số 01 đường Hồ Nghinh, phường Phước Mỹ, quận Sơn Trà, thành phố Đà Nẵng",
            organisation.GetProperty("address").GetProperty("streetAddress").GetString());
        Assert.Equal("0236 3000 000", organisation.GetProperty("telephone").GetString());
    }

    [Fact]
    public void Pages_with_breadcrumbs_have_a_matching_breadcrumb_list()
    {
        var withCrumbs = 0;
        foreach (var (file, dom) in Pages())
        {
            var crumbs = dom.QuerySelectorAll("nav.breadcrumb li a").ToList();
            var lists = JsonLd(dom).Where(d => d.GetProperty("@type").GetString() == "BreadcrumbList").ToList();
            if (crumbs.Count == 0)
            {
                Assert.Empty(lists);
                continue;
            }
            withCrumbs++;
            var items = OfType(lists, "BreadcrumbList", file.Path).GetProperty("itemListElement").EnumerateArray().ToList();
            Assert.Equal(crumbs.Select(c => c.TextContent.Trim()), items.Select(i => i.GetProperty("name").GetString()));
            Assert.Equal(crumbs.Select(c => Base + c.GetAttribute("href")!.TrimStart('/')), items.Select(i => i.GetProperty("item").GetString()));
            Assert.Equal(Enumerable.Range(1, crumbs.Count), items.Select(i => i.GetProperty("position").GetInt32()));
        }
        Assert.True(withCrumbs > 100);
    }

    [Fact]
    public void A_title_that_tries_to_close_the_script_stays_data()
    {
        const string title = "Tin </script><script>alert(1)</script> & \"ngoặc\"";
        var result = TestSite.Clean(new TestSite().With("posts/xss.md", $"---\ntitle: '{title}'\ndate: 2020-07-15\n---\nNội dung.\n").Generate());
        var dom = TestSite.Dom(result, "tin-tuc/xss/index.html");
        Assert.All(dom.QuerySelectorAll("script"), script => Assert.Equal("application/ld+json", script.GetAttribute("type")));
        Assert.Equal(title, OfType(JsonLd(dom), "NewsArticle", "xss").GetProperty("headline").GetString());
    }
}
