using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Output;
using PhuocMy.Site.Planning;
using PhuocMy.Site.SiteModel;

namespace PhuocMy.Site.Pipeline;

/// <summary>A rendered page together with the plan it was rendered from.</summary>
public sealed record RenderedPage(PlannedPage Plan, OutputFile File);

/// <summary>The finished site: the model every page was planned from, and every rendered page.</summary>
public sealed record RenderedSite(Website Site, IReadOnlyList<RenderedPage> Pages);

/// <summary>
/// Makes outputs from the finished site: the sitemap, feeds, the search index. Runs after rendering, so it sees
/// every page as readers will; what it returns is written like any other file.
/// </summary>
public interface IAfterRenderGenerator
{
    IEnumerable<OutputFile> Generate(RenderedSite site, DiagnosticBag diagnostics);
}
