using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Output;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Planning;
using PhuocMy.Site.Urls;

namespace PhuocMy.Site.Features.Syndication;

/// <summary>
/// RSS 2.0 and Atom 1.0 for the whole site and for each chuyên mục, written by System.ServiceModel.Syndication:
/// the newest 20 posts in full, UTF-8 without BOM, dates in Đà Nẵng time, absolute addresses.
/// </summary>
public sealed class XmlFeedsGenerator : IAfterRenderGenerator
{
    public IEnumerable<OutputFile> Generate(RenderedSite site, DiagnosticBag diagnostics)
    {
        var settings = site.Site.Settings;
        var photos = FeedEntry.PhotosOf(site);
        foreach (var section in FeedSection.All(site.Site))
        {
            var entries = FeedEntry.Latest(section.Posts, settings, photos);
            IReadOnlyList<string> sources = [PlanContext.SettingsSource, .. entries.Select(e => e.Post.Post.SourcePath)];

            // RSS readers show <description> as the item: it carries the full text. Atom has a field for each.
            var rss = Feed(section, entries, settings, SyndicationRoutes.RssType, section.RssUrl,
                entry => new SyndicationItem { Summary = Html(entry.ContentHtml) });
            yield return new OutputFile(Path(section.RssUrl), Write(new Rss20FeedFormatter(rss, serializeExtensionsAsAtom: true)), sources);

            var atom = Feed(section, entries, settings, SyndicationRoutes.AtomType, section.AtomUrl,
                entry => new SyndicationItem { Summary = new TextSyndicationContent(entry.Summary), Content = Html(entry.ContentHtml) });
            yield return new OutputFile(Path(section.AtomUrl), Write(new Atom10FeedFormatter(atom)), sources);
        }
    }

    private static SyndicationFeed Feed(FeedSection section, IReadOnlyList<FeedEntry> entries, Content.SiteSettings settings,
        string mediaType, string selfUrl, Func<FeedEntry, SyndicationItem> itemOf)
    {
        var self = FeedEntry.Absolute(settings, selfUrl);
        var feed = new SyndicationFeed(section.Title, section.Description, FeedEntry.Absolute(settings, section.PageUrl))
        {
            Id = self.AbsoluteUri,
            Language = section.Language,
            Generator = settings.Title,
            Items = entries.Select(entry => Item(entry, itemOf(entry), settings)).ToList(),
        };
        if (entries.Count > 0) feed.LastUpdatedTime = entries.Max(e => e.Updated);
        feed.Links.Add(SyndicationLink.CreateSelfLink(self, mediaType));
        if (FeedSection.Text(settings, "organisation") is { } organisation) feed.Authors.Add(new SyndicationPerson { Name = organisation });
        return feed;
    }

    private static SyndicationItem Item(FeedEntry entry, SyndicationItem item, Content.SiteSettings settings)
    {
        item.Id = entry.Url.AbsoluteUri;
        item.Title = new TextSyndicationContent(entry.Title);
        item.PublishDate = entry.Published;
        item.LastUpdatedTime = entry.Updated;
        item.Links.Add(SyndicationLink.CreateAlternateLink(entry.Url, MediaTypes.HtmlPage));
        if (entry.Post.Category is { } category)
            item.Categories.Add(new SyndicationCategory(category.Name, FeedEntry.Absolute(settings, category.Url).AbsoluteUri, null));
        foreach (var tag in entry.Post.Tags) item.Categories.Add(new SyndicationCategory(tag.Name));
        if ((entry.Post.Post.Author ?? FeedSection.Text(settings, "organisation")) is { } author) item.Authors.Add(new SyndicationPerson { Name = author });
        return item;
    }

    private static TextSyndicationContent Html(string html) => new(html, TextSyndicationContentKind.Html);

    private static byte[] Write(SyndicationFeedFormatter formatter)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
            formatter.WriteTo(writer);
        return stream.ToArray();
    }

    private static string Path(string url) => SitePaths.OutputPathOf(url);
}
