using PhuocMy.Site.Features.Documents;
using PhuocMy.Site.SiteModel;

namespace PhuocMy.Site.Features.Syndication;

/// <summary>The addresses of the feeds, the sitemap and the sharing cards.</summary>
public static class SyndicationRoutes
{
    public const string Rss = "/rss.xml";
    public const string Atom = "/atom.xml";
    public const string JsonFeed = "/feed.json";
    public const string Sitemap = "/sitemap.xml";
    public const string Robots = "/robots.txt";
    public const string CardFolder = "/chia-se/";

    /// <summary>The registry of văn bản as JSON, beside the registry's page.</summary>
    public const string DocumentList = DocumentRoutes.Registry + "danh-sach.json";

    public static string CategoryRss(TermLink category) => category.Url + "rss.xml";
    public static string CategoryAtom(TermLink category) => category.Url + "atom.xml";

    /// <summary>"/sitemap-2.xml": one part of a sitemap split because it passed the 50,000 URLs a file may hold.</summary>
    public static string SitemapPart(int number) => $"/sitemap-{number}.xml";

    public static string Card(string key) => $"{CardFolder}{key}.png";

    public const string RssType = "application/rss+xml";
    public const string AtomType = "application/atom+xml";
    public const string JsonFeedType = "application/feed+json";
}
