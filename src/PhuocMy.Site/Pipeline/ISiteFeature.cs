using Markdig;
using PhuocMy.Site.Caching;
using PhuocMy.Site.Content;
using PhuocMy.Site.Dependencies;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Markdown;
using PhuocMy.Site.Output;
using PhuocMy.Site.Planning;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Pipeline;

/// <summary>
/// A feature beyond posts and pages (charts, documents, the work schedule), wired into the build in one place,
/// the way a Markdig extension is. A feature keeps no state: each phase returns what it read, and the next phase
/// works on that value, so one feature instance can serve any number of builds.
/// </summary>
public interface ISiteFeature
{
    /// <summary>The feature's name, which others name to run after it: <c>images</c>, <c>syndication</c>…</summary>
    string Name { get; }

    /// <summary>
    /// Features whose work this one builds on, by name (<see cref="FeatureOrder"/> derives the order from these; a
    /// page decorator of a later feature sees what earlier ones added). <see cref="FeatureOrder.AllOthers"/> for after all.
    /// </summary>
    IReadOnlyList<string> RunsAfter => [];

    /// <summary>True for source files this feature reads, so they are not also published as they are.</summary>
    bool Owns(SourceFile file);

    /// <summary>Reads and validates the feature's data. Runs before the Markdown pipeline is built, so the result can extend it.</summary>
    ILoadedFeature Load(SourceTree tree, SiteSettings settings, DiagnosticBag diagnostics);
}

/// <summary>A feature's data, read: what it adds to Markdown, then what it adds to the site once content is parsed.</summary>
public interface ILoadedFeature
{
    void ExtendMarkdown(MarkdownPipelineBuilder builder) { }

    IEnumerable<IMarkdownCheck> MarkdownChecks => [];

    /// <summary>
    /// The hash of what this feature's Markdown extensions and checks depend on beyond the files they record as they
    /// read them (for charts: which table ids exist). Null means "all the feature's files", which is always safe.
    /// </summary>
    ContentHash? MarkdownContext => null;

    /// <summary>
    /// Parses the feature's Markdown content with the build's one pipeline (every feature's extensions and checks,
    /// so a document can show a chart), and says what the feature adds to the site.
    /// </summary>
    FeatureOutput ParseContent(ContentContext context);
}

/// <summary>What every content parser gets: the merged tree, the settings, the build's Markdown pipeline and checks.</summary>
public sealed record ContentContext(SourceTree Tree, SiteSettings Settings, MarkdownConverter Converter, BodyChecks BodyChecks, DiagnosticBag Diagnostics)
{
    /// <summary>
    /// Once posts and pages are parsed: what each one's parse read (the data table a chart draws), whether it
    /// was parsed this build or reused from the cache. Anything a feature derives from posts' bodies must come from
    /// here, since a reused post is not parsed (nor checked) again.
    /// </summary>
    public Func<IEnumerable<ParsedReads>> ParseReads { get; init; } = () => [];

    /// <summary>The build's one content parser: a feature with content of its own (documents) parses it with this, through the cache.</summary>
    public Stages.ContentParser Parser { get; init; } = null!;

    /// <summary>This build's cache: its <see cref="CacheSession.Folder"/> holds what a feature keeps on disk between builds.</summary>
    public CacheSession Cache { get; init; } = CacheSession.None();
}

/// <summary>The keys of what parsing one content file read.</summary>
public sealed record ParsedReads(string DisplayPath, IReadOnlyList<DependencyKey> Keys);

/// <summary>What a feature adds to the site.</summary>
public sealed record FeatureOutput
{
    public IReadOnlyList<IPagePlanner> Planners { get; init; } = [];

    /// <summary>Values added to <c>site</c> in templates, e.g. <c>site.data_tables</c>.</summary>
    public IReadOnlyDictionary<string, object?> SiteValues { get; init; } = new Dictionary<string, object?>();

    /// <summary>Model types templates may read members of.</summary>
    public IReadOnlyList<Type> TemplateTypes { get; init; } = [];

    /// <summary>Files that are not pages, e.g. a CSV download per data table.</summary>
    public IReadOnlyList<OutputFile> ExtraFiles { get; init; } = [];

    /// <summary>Outputs made from the finished site (search index, feeds), after every page is rendered.</summary>
    public IReadOnlyList<IAfterRenderGenerator> AfterRender { get; init; } = [];

    /// <summary>
    /// Liquid filters that return HTML, by name: <c>{{ input | name: "arg", … }}</c> calls the function with the input
    /// and the arguments as text (e.g. <c>picture</c> for a responsive photo). What the function reads is recorded.
    /// </summary>
    public IReadOnlyDictionary<string, Func<string, IReadOnlyList<string>, string>> HtmlFilters { get; init; } =
        new Dictionary<string, Func<string, IReadOnlyList<string>, string>>();

    /// <summary>Adds to every planned page, whoever planned it, what the feature knows about it (feed links, sharing image, structured data).</summary>
    public IReadOnlyList<IPageDecorator> PageDecorators { get; init; } = [];
}

/// <summary>Adds to a planned page before it is rendered; returns the page unchanged when it has nothing to add.</summary>
public interface IPageDecorator
{
    PlannedPage Decorate(PlannedPage page, SiteModel.Website site);
}
