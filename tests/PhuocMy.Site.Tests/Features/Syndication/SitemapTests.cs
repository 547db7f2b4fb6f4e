using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using PhuocMy.Site.Features.Syndication;
using PhuocMy.Site.Testing;
using PhuocMy.Site.Tests.Support;

namespace PhuocMy.Site.Tests.Features.Syndication;

/// <summary>sitemap.xml validated against the sitemaps.org 0.9 schemas (fixtures beside this file), and robots.txt.</summary>
public sealed class SitemapTests
{
    private static readonly XNamespace Sitemaps = SitemapWriter.Namespace;

    private static string SchemaPath(string name) =>
        Path.Combine(RepositoryPaths.Root, "tests", "PhuocMy.Site.Tests", "Features", "Syndication", "Schemas", name);

    /// <summary>Validates with System.Xml.Schema; every warning or error is a failure.</summary>
    private static XDocument Valid(byte[] xml, string schema)
    {
        var (document, problems) = Validate(xml, schema);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        return document;
    }

    private static (XDocument Document, List<string> Problems) Validate(byte[] xml, string schema)
    {
        var schemas = new XmlSchemaSet();
        schemas.Add(SitemapWriter.Namespace, SchemaPath(schema));
        var problems = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity}: {e.Message} (line {e.Exception?.LineNumber})");
        using var reader = XmlReader.Create(new MemoryStream(xml), settings);
        return (XDocument.Load(reader), problems);
    }

    [Fact]
    public void The_schema_check_rejects_an_invalid_sitemap()
    {
        var bad = """<?xml version="1.0" encoding="utf-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><lastmod>hôm qua</lastmod></url></urlset>"""u8.ToArray();
        Assert.Contains(Validate(bad, "sitemap.xsd").Problems, p => p.Contains("loc", StringComparison.Ordinal));
    }

    [Fact]
    public void The_real_sites_sitemap_is_valid_and_lists_every_page_but_the_404_page()
    {
        var result = RealSite.Result;
        var sitemap = Valid(Assert.Single(result.Files, f => f.Path == "sitemap.xml").Content.ToArray(), "sitemap.xsd");
        var listed = sitemap.Descendants(Sitemaps + "loc").Select(l => l.Value).ToList();
        Assert.Equal(listed.Count, listed.Distinct().Count());

        var pages = RealSite.Pages.Where(f => f.Path != "404.html").ToList();
        Assert.Equal(pages.Count, listed.Count);
        foreach (var page in pages)
        {
            var canonical = TestSite.Dom(result, page.Path).QuerySelector("link[rel=canonical]")!.GetAttribute("href");
            Assert.Contains(canonical, listed);
        }
        Assert.All(listed, url => Assert.StartsWith("https://phuocmy.netlify.app/", url));
    }

    [Fact]
    public void Lastmod_is_a_posts_updated_else_its_date_and_a_listings_newest_post()
    {
        var result = TestSite.Clean(new TestSite()
            .Post("cu", "Tin cũ", "2020-07-01 08:00")
            .With("posts/da-sua.md", "---\ntitle: Tin đã sửa\ndate: 2020-07-15 16:00\nupdated: 2020-07-20 09:00\ncategory: Thông báo\n---\nNội dung.\n")
            .Generate());
        var sitemap = Valid(Assert.Single(result.Files, f => f.Path == "sitemap.xml").Content.ToArray(), "sitemap.xsd");
        string? LastModified(string path) => sitemap.Descendants(Sitemaps + "url")
            .Single(u => u.Element(Sitemaps + "loc")!.Value == "https://thu-nghiem.example.org" + path)
            .Element(Sitemaps + "lastmod")?.Value;

        Assert.Equal("2020-07-01T08:00:00+07:00", LastModified("/tin-tuc/cu/"));
        Assert.Equal("2020-07-20T09:00:00+07:00", LastModified("/tin-tuc/da-sua/"));
        Assert.Equal("2020-07-20T09:00:00+07:00", LastModified("/chuyen-muc/thong-bao/"));
        Assert.Equal("2020-07-01T08:00:00+07:00", LastModified("/chuyen-muc/tin-tuc-su-kien/"));
        Assert.Equal("2020-07-20T09:00:00+07:00", LastModified("/"));
        Assert.Null(LastModified("/chuyen-muc/xay-dung-dang/"));
    }

    [Fact]
    public void Past_the_limit_the_sitemap_becomes_an_index_of_valid_parts()
    {
        var baseUrl = new Uri("https://thu-nghiem.example.org/");
        var entries = Enumerable.Range(1, 12)
            .Select(n => new SitemapEntry(new Uri(baseUrl, $"tin-tuc/tin-{n}/"), n == 7 ? null : new DateTimeOffset(2020, 1, n, 8, 0, 0, TimeSpan.FromHours(7))))
            .ToList();

        var files = SitemapWriter.Write(entries, baseUrl, maxUrlsPerFile: 5);

        Assert.Equal(["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"], files.Select(f => f.Path));
        var index = Valid(files[0].Content, "siteindex.xsd");
        Assert.Equal(
            ["https://thu-nghiem.example.org/sitemap-1.xml", "https://thu-nghiem.example.org/sitemap-2.xml", "https://thu-nghiem.example.org/sitemap-3.xml"],
            index.Descendants(Sitemaps + "loc").Select(l => l.Value));
        Assert.Equal("2020-01-10T08:00:00+07:00", index.Descendants(Sitemaps + "lastmod").ElementAt(1).Value);

        var parts = files.Skip(1).Select(f => Valid(f.Content, "sitemap.xsd")).ToList();
        Assert.Equal([5, 5, 2], parts.Select(p => p.Descendants(Sitemaps + "url").Count()));
        Assert.Equal(entries.Select(e => e.Location.AbsoluteUri), parts.SelectMany(p => p.Descendants(Sitemaps + "loc")).Select(l => l.Value));
        Assert.NotEmpty(Validate(files[0].Content, "sitemap.xsd").Problems);
    }

    [Fact]
    public void At_the_limit_the_sitemap_stays_one_file()
    {
        var baseUrl = new Uri("https://thu-nghiem.example.org/");
        var entries = Enumerable.Range(1, 5).Select(n => new SitemapEntry(new Uri(baseUrl, $"tin-{n}/"), null)).ToList();
        var file = Assert.Single(SitemapWriter.Write(entries, baseUrl, maxUrlsPerFile: 5));
        Assert.Equal(5, Valid(file.Content, "sitemap.xsd").Descendants(Sitemaps + "url").Count());
    }

    [Fact]
    public void Robots_txt_points_to_the_sitemap()
    {
        var robots = System.Text.Encoding.UTF8.GetString(Assert.Single(RealSite.Result.Files, f => f.Path == "robots.txt").Content.Span);
        Assert.Contains("User-agent: *", robots);
        Assert.Contains("Sitemap: https://phuocmy.netlify.app/sitemap.xml", robots.Split('\n'));
    }

    [Fact]
    public void An_authors_own_robots_txt_is_published_instead()
    {
        var result = TestSite.Clean(new TestSite().Post("a", "Tin A", "2020-07-15").With("robots.txt", "User-agent: *\nDisallow: /nhap/\n").Generate());
        Assert.Equal("User-agent: *\nDisallow: /nhap/\n", System.Text.Encoding.UTF8.GetString(Assert.Single(result.Files, f => f.Path == "robots.txt").Content.Span));
    }
}
