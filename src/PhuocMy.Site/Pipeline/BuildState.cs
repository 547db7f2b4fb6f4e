using PhuocMy.Site.Caching;
using PhuocMy.Site.Content;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Markdown;
using PhuocMy.Site.Output;
using PhuocMy.Site.Planning;
using PhuocMy.Site.Pipeline.Stages;
using PhuocMy.Site.Quality;
using PhuocMy.Site.Rendering;
using PhuocMy.Site.SiteModel;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Pipeline;

/// <summary>
/// Everything one build knows, filled in phase by phase (<see cref="IBuildPhase"/>). Each value is made by one phase
/// and only read by the later ones; reading a value before the phase that makes it has run is a mistake in the
/// order of the phases, and says which phase was missing.
/// </summary>
public sealed class BuildState(GenerationOptions options, CacheSession cache, IReadOnlyList<ISiteFeature> features, IReadOnlyList<IPageCheck> pageChecks)
{
    public GenerationOptions Options { get; } = options;
    public CacheSession Cache { get; set; } = cache;
    public IReadOnlyList<ISiteFeature> Features { get; } = features;
    public IReadOnlyList<IPageCheck> PageChecks { get; } = pageChecks;
    public DiagnosticBag Diagnostics { get; } = new();

    /// <summary>Errors so far, to tell whether a phase added one.</summary>
    public int ErrorCount => Diagnostics.ToList().Count(d => d.Severity == Severity.Error);

    /// <summary>input/ laid over theme/, read once. The read-files phase, or the caller of an in-memory build.</summary>
    public SourceTree Tree { get => Made(field, "read-files"); set; } = null!;

    /// <summary>site.yml. The read phase.</summary>
    public SiteSettings Settings { get => Made(field, "read"); set; } = null!;

    /// <summary>Each feature's data, in the features' order. The read phase.</summary>
    public IReadOnlyList<ILoadedFeature> Loaded { get => Made(field, "read"); set; } = null!;

    /// <summary>The build's one Markdown pipeline and the checks every body goes through. The parse phase.</summary>
    public MarkdownConverter Converter { get => Made(field, "parse"); set; } = null!;
    public BodyChecks BodyChecks { get => Made(field, "parse"); set; } = null!;
    public ParseCache ParseCache { get => Made(field, "parse"); set; } = null!;
    public PostParser PostParser { get => Made(field, "parse"); set; } = null!;

    /// <summary>The one content parser, which remembers every item of every kind it parsed. The parse phase.</summary>
    public ContentParser ContentParser { get => Made(field, "parse"); set; } = null!;

    /// <summary>Posts and pages as parsed (or reused), and what each feature adds to the site. The parse phase.</summary>
    public ParsedContent Content { get => Made(field, "parse"); set; } = null!;
    public IReadOnlyList<FeatureOutput> Extensions { get => Made(field, "parse"); set; } = null!;

    /// <summary>The theme's layouts and partials. The model phase.</summary>
    public TemplateSet Templates { get => Made(field, "model"); set; } = null!;

    /// <summary>URLs, categories, tags, archives. The model phase.</summary>
    public Website Site { get => Made(field, "model"); set; } = null!;

    /// <summary>Every page to write and the values its template sees. The plan phase.</summary>
    public IReadOnlyList<PlannedPage> Plans { get => Made(field, "plan"); set; } = null!;

    /// <summary>The templates, ready to draw any planned page. The render phase.</summary>
    public LiquidRenderer Renderer { get => Made(field, "render"); set; } = null!;
    public IReadOnlyList<RenderedPage> Rendered { get => Made(field, "render"); set; } = null!;

    /// <summary>
    /// Where a file goes as soon as it is made: for a build from disk, the staging folder (the staging phase), which
    /// returns it without its bytes; in memory, nowhere (the file is returned as it is).
    /// </summary>
    public Func<OutputFile, OutputFile> Stage { get; set; } = file => file;

    /// <summary>Every file of the finished site: pages, outputs made after rendering, assets. The after-render phase.</summary>
    public IReadOnlyList<OutputFile> Files { get => Made(field, "after-render"); set; } = null!;

    /// <summary>What the write phase did to the output folder.</summary>
    public OutputWriter.WriteSummary? Written { get; set; }

    private static T Made<T>(T? value, string phase) where T : class =>
        value ?? throw new InvalidOperationException($"Read before the '{phase}' phase made it: the phases run out of order.");
}
