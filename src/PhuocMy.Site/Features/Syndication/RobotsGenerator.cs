using System.Text;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Output;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Planning;
using PhuocMy.Site.Urls;

namespace PhuocMy.Site.Features.Syndication;

/// <summary><c>robots.txt</c>: every crawler may read everything, and is told where the sitemap is.</summary>
public sealed class RobotsGenerator : IAfterRenderGenerator
{
    public IEnumerable<OutputFile> Generate(RenderedSite site, DiagnosticBag diagnostics)
    {
        var sitemap = FeedEntry.Absolute(site.Site.Settings, SyndicationRoutes.Sitemap).AbsoluteUri;
        var text = $"User-agent: *\nAllow: /\n\nSitemap: {sitemap}\n";
        yield return new OutputFile(SitePaths.OutputPathOf(SyndicationRoutes.Robots), Encoding.UTF8.GetBytes(text), [PlanContext.SettingsSource]);
    }
}
