using PhuocMy.Site.Caching;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Output;
using PhuocMy.Site.Planning;
using PhuocMy.Site.SiteModel;

namespace PhuocMy.Site.Pipeline;

/// <summary>A rendered page together with the plan it was rendered from.</summary>
public sealed record RenderedPage(PlannedPage Plan, OutputFile File);

/// <summary>The finished site: the model every page was planned from, and every rendered page.</summary>
/// <param name="Reuse">Files the last build made from the same inputs, still untouched in the output folder.</param>
public sealed record RenderedSite(Website Site, IReadOnlyList<RenderedPage> Pages, OutputReuse Reuse)
{
    /// <summary>
    /// The build's cache, for generators whose work per page is worth keeping (<see cref="BuildCache.Store"/>): read
    /// from <c>Cache.Previous</c>, and put in <c>Cache.Next</c> everything this build used or made.
    /// </summary>
    public CacheSession Cache { get; init; } = CacheSession.None();

    /// <summary>Where a made file goes at once (the staging folder of a build from disk), so a generator that makes many need not hold them all.</summary>
    public Func<OutputFile, OutputFile> Stage { get; init; } = file => file;
}

/// <summary>
/// Makes outputs from the finished site: the sitemap, feeds, the search index. Runs after rendering, so it sees
/// every page as readers will; what it returns is written like any other file.
/// </summary>
public interface IAfterRenderGenerator
{
    IEnumerable<OutputFile> Generate(RenderedSite site, DiagnosticBag diagnostics);
}
