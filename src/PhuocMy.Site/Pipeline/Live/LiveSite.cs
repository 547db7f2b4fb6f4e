using PhuocMy.Site.Caching;
using PhuocMy.Site.Content;
using PhuocMy.Site.Dependencies;
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
public sealed class LiveSite
{
    private readonly Dictionary<string, PlannedPage> plansByPath = new(StringComparer.Ordinal);
    private readonly Dictionary<DependencyKey, List<string>> readersOfContent = new();

    /// <param name="rendered">Each page's recorded reads, by output path (the build cache's entries).</param>
    public LiveSite(SourceTree tree, PostParser posts, IReadOnlyList<PlannedPage> plans, LiquidRenderer renderer, IEnumerable<KeyValuePair<string, CacheEntry>> rendered)
    {
        Tree = tree;
        Posts = posts;
        Renderer = renderer;
        foreach (var plan in plans) plansByPath.TryAdd(plan.OutputPath, plan);
        // Indexed once, in the build: an edit then finds the pages that read a post's content without a look at the others.
        foreach (var (path, entry) in rendered)
        {
            foreach (var read in entry.Reads)
            {
                if (!read.Key.IsContent) continue;
                if (!readersOfContent.TryGetValue(read.Key, out var readers)) readersOfContent[read.Key] = readers = [];
                readers.Add(path);
            }
        }
    }

    public SourceTree Tree { get; }
    public PostParser Posts { get; }
    public LiquidRenderer Renderer { get; }

    public PlannedPage? PlanOf(string outputPath) => plansByPath.GetValueOrDefault(outputPath);

    /// <summary>The output paths of the pages whose rendering read any of <paramref name="keys"/> (keys of a content file's content).</summary>
    public IReadOnlyList<string> PagesReading(IEnumerable<DependencyKey> keys)
    {
        var pages = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (!key.IsContent) throw new ArgumentException($"'{key}' is not a read of a content file's content.", nameof(keys));
            if (readersOfContent.TryGetValue(key, out var readers)) pages.UnionWith(readers);
        }
        return [.. pages];
    }
}
