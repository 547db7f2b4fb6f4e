using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Output;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Planning;
using PhuocMy.Site.SiteModel;

namespace PhuocMy.Site.Features.Syndication;

/// <summary>
/// <c>sitemap.xml</c>: every HTML page readers can reach (not the 404 page), at its canonical address. A post's
/// <c>lastmod</c> is its <c>updated</c>, else its <c>date</c>; a listing's is that of its newest post.
/// </summary>
public sealed class SitemapGenerator(int maxUrlsPerFile = SitemapWriter.MaxUrlsPerFile) : IAfterRenderGenerator
{
    public IEnumerable<OutputFile> Generate(RenderedSite site, DiagnosticBag diagnostics)
    {
        var entries = site.Pages
            .Where(page => page.Plan.UsesBaseLayout && page.Plan.Meta.Url != Routes.NotFound)
            .Select(page => new SitemapEntry(new Uri(page.Plan.Meta.CanonicalUrl), LastModified(page.Plan, site.Site)))
            .ToList();
        IReadOnlyList<string> sources = [PlanContext.SettingsSource, .. site.Site.Posts.Select(p => p.Post.SourcePath), .. site.Site.Pages.Select(p => p.SourcePath)];
        return SitemapWriter.Write(entries, site.Site.Settings.BaseUrl, maxUrlsPerFile)
            .Select(file => new OutputFile(file.Path, file.Content, sources));
    }

    private static DateTimeOffset? LastModified(PlannedPage page, Website site) => page.Meta.Url == Routes.Home
        ? Newest(site.Posts)
        : page.Values.GetValueOrDefault("post") is SitePost post ? Changed(post)
        : page.Values.GetValueOrDefault("posts") is IEnumerable<SitePost> posts ? Newest(posts)
        : null;

    private static DateTimeOffset Changed(SitePost post) => post.LocalUpdated ?? post.LocalDate;

    private static DateTimeOffset? Newest(IEnumerable<SitePost> posts) => posts.Select(Changed).DefaultIfEmpty().Max() is var newest && newest != default ? newest : null;
}
