using PhuocMy.Site.Caching;
using PhuocMy.Site.Content;
using PhuocMy.Site.Planning;
using PhuocMy.Site.Rendering;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Pipeline.Live;

/// <summary>
/// What a finished build still holds in memory — its tree, its post parser, its planned pages, its renderer and
/// what each page read — kept by a running preview so that an edit to a post's body can be shown at once
/// (<see cref="BodyEdit"/>), before the incremental build that follows has re-checked the whole site.
/// Nothing here is changed after the build: a redraw makes new plans and leaves these as they are.
/// </summary>
public sealed class LiveSite(SourceTree tree, PostParser posts, IReadOnlyList<PlannedPage> plans, LiquidRenderer renderer, IReadOnlyDictionary<string, RenderEntry> rendered)
{
    private readonly Lazy<IReadOnlyDictionary<string, PlannedPage>> plansByPath =
        new(() => plans.GroupBy(plan => plan.OutputPath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));

    public SourceTree Tree { get; } = tree;
    public PostParser Posts { get; } = posts;
    public LiquidRenderer Renderer { get; } = renderer;

    public PlannedPage? PlanOf(string outputPath) => plansByPath.Value.GetValueOrDefault(outputPath);

    /// <summary>The output paths of the pages whose rendering read any of <paramref name="keys"/>.</summary>
    public IReadOnlyList<string> PagesReading(IReadOnlySet<string> keys) =>
        rendered.Where(page => page.Value.Reads.Any(read => keys.Contains(read.Key))).Select(page => page.Key).Order(StringComparer.Ordinal).ToList();
}
