using System.Text;
using System.Xml;
using PhuocMy.Site.Content;
using PhuocMy.Site.Urls;

namespace PhuocMy.Site.Features.Syndication;

/// <summary>One address in the sitemap, with when its content last changed (if known).</summary>
public sealed record SitemapEntry(Uri Location, DateTimeOffset? LastModified);

/// <summary>
/// Writes sitemaps in the sitemaps.org 0.9 format: one <c>sitemap.xml</c>, or, past the 50,000 addresses one file may
/// hold, numbered parts with <c>sitemap.xml</c> as their index.
/// </summary>
public static class SitemapWriter
{
    public const int MaxUrlsPerFile = 50_000;
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <returns>Output path → content, the index (or the only sitemap) first.</returns>
    public static IReadOnlyList<(string Path, byte[] Content)> Write(IReadOnlyList<SitemapEntry> entries, Uri baseUrl, int maxUrlsPerFile = MaxUrlsPerFile)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxUrlsPerFile, 1);
        if (entries.Count <= maxUrlsPerFile) return [(Path(SyndicationRoutes.Sitemap), UrlSet(entries))];

        var parts = entries.Chunk(maxUrlsPerFile)
            .Select((chunk, index) => (Url: SyndicationRoutes.SitemapPart(index + 1), Entries: chunk))
            .ToList();
        var index = Xml(writer =>
        {
            writer.WriteStartElement("sitemapindex", Namespace);
            foreach (var part in parts)
            {
                writer.WriteStartElement("sitemap", Namespace);
                writer.WriteElementString("loc", Namespace, SitePaths.Absolute(baseUrl, part.Url).AbsoluteUri);
                if (part.Entries.Max(e => e.LastModified) is { } newest) writer.WriteElementString("lastmod", Namespace, SiteTime.Iso(newest));
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        });
        return [(Path(SyndicationRoutes.Sitemap), index), .. parts.Select(part => (Path(part.Url), UrlSet(part.Entries)))];
    }

    private static byte[] UrlSet(IReadOnlyList<SitemapEntry> entries) => Xml(writer =>
    {
        writer.WriteStartElement("urlset", Namespace);
        foreach (var entry in entries)
        {
            writer.WriteStartElement("url", Namespace);
            writer.WriteElementString("loc", Namespace, entry.Location.AbsoluteUri);
            if (entry.LastModified is { } modified) writer.WriteElementString("lastmod", Namespace, SiteTime.Iso(modified));
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    });

    private static byte[] Xml(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }
        return stream.ToArray();
    }

    private static string Path(string url) => SitePaths.OutputPathOf(url);
}
