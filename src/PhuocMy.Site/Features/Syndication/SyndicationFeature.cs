using PhuocMy.Site.Content;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Planning;
using PhuocMy.Site.Sources;
using PhuocMy.Site.Urls;

namespace PhuocMy.Site.Features.Syndication;

/// <summary>
/// Theo dõi và chia sẻ: RSS, Atom and JSON Feed; the văn bản registry as JSON; sitemap.xml and robots.txt; and in every
/// page's head the feed links, canonical address, OpenGraph and Twitter tags with a raster sharing image, and JSON-LD.
/// </summary>
public sealed class SyndicationFeature : ISiteFeature
{
    public string Name => "syndication";
    public IReadOnlyList<string> RunsAfter => ["images"];

    /// <summary>Reads no files of its own: everything it writes comes from the finished site.</summary>
    public bool Owns(SourceFile file) => false;

    public ILoadedFeature Load(SourceTree tree, SiteSettings settings, DiagnosticBag diagnostics)
    {
        var cards = SharingCardStyleReader.Read(tree, diagnostics);
        var authorsRobots = tree.Find(SitePaths.PathOf(SyndicationRoutes.Robots)) is not null;
        return new Loaded(cards, authorsRobots);
    }

    private sealed class Loaded(SharingCardStyleReader.Result? cards, bool authorsRobots) : ILoadedFeature
    {
        public FeatureOutput ParseContent(ContentContext context)
        {
            List<IAfterRenderGenerator> generators =
                [new XmlFeedsGenerator(), new JsonFeedGenerator(), new DocumentListGenerator(), new SitemapGenerator()];
            if (!authorsRobots) generators.Add(new RobotsGenerator());
            if (cards is not null) generators.Add(new SharingCardsGenerator(cards.Style, cards.Sources));
            return new FeatureOutput
            {
                PageDecorators = [new PageHeadDecorator(cards?.Style)],
                AfterRender = generators,
                TemplateTypes = [typeof(FeedLink), typeof(SharingImage)],
            };
        }
    }
}
