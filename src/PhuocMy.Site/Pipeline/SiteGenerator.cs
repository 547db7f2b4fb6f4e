using PhuocMy.Site.Diagnostics;
using Fluid;
using PhuocMy.Site.Caching;
using PhuocMy.Site.Dependencies;
using PhuocMy.Site.Content;
using PhuocMy.Site.Content.Links;
using PhuocMy.Site.Markdown;
using PhuocMy.Site.Markdown.Shortcodes;
using PhuocMy.Site.Output;
using PhuocMy.Site.Planning;
using PhuocMy.Site.Pipeline.Live;
using PhuocMy.Site.Pipeline.Stages;
using PhuocMy.Site.Quality;
using PhuocMy.Site.Rendering;
using PhuocMy.Site.SiteModel;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Pipeline;

/// <summary>
/// The whole build in memory: read settings → load features → parse content → build the site model → plan pages
/// → render → check → collect assets. Nothing touches the disk here, so whole-site tests run on an in-memory tree
/// and a failed build can never damage the previous output.
/// </summary>
public sealed class SiteGenerator(IReadOnlyList<ISiteFeature> features, IReadOnlyList<IPageCheck> pageChecks)
{
    private static readonly IPagePlanner[] CorePlanners =
    [
        new HomePlanner(), new PostPagesPlanner(), new StaticPagesPlanner(), new CategoryPlanner(), new TagPlanner(),
        new ArchivePlanner(), new NotFoundPlanner(),
    ];

    /// <param name="cache">What the last build made, to reuse what is still valid; none by default.</param>
    public GenerationResult Generate(SourceTree tree, GenerationOptions options, Action<string>? onStageStart = null, CacheSession? cache = null)
    {
        cache ??= CacheSession.None();
        var diagnostics = new DiagnosticBag();
        // What reading the folders refused (a link out of input/, a loop, a backup file) counts like any content problem.
        foreach (var problem in tree.Problems) diagnostics.Add(problem);
        var clock = new StageClock(onStageStart);
        GenerationResult Fail() => new([], diagnostics.ToList(), clock.Timings) { Cache = cache };

        var settings = clock.Run("Đọc cấu hình", () => SiteSettingsReader.Read(tree, options.BaseUrl, diagnostics));
        if (settings is null) return Fail();

        var loaded = clock.Run("Đọc dữ liệu", () => features.Select(feature => feature.Load(tree, settings, diagnostics)).ToList());

        StrayContentStage.Run(tree, features, diagnostics);
        var converter = new MarkdownConverter(builder => { foreach (var feature in loaded) feature.ExtendMarkdown(builder); });
        var bodyChecks = new BodyChecks(
            [new HeadingLevelCheck(), new ImageAltTextCheck(), new UnknownShortcodeCheck(UnknownShortcodeCheck.StandardNames, KeySpelling.IsNearMiss), .. loaded.SelectMany(f => f.MarkdownChecks)],
            ContentLinks.Rewrites(converter, tree, ParseContentStage.Addresses));
        var parseCache = new ParseCache(cache, ParseContext(tree, features, loaded), tree);
        var contentContext = new ContentContext(tree, settings, converter, bodyChecks, diagnostics)
        {
            ParseReads = () => parseCache.AllReads().Select(parsed => new ParsedReads(parsed.DisplayPath, parsed.Keys.ToList())),
            Cache = cache,
        };
        var postParser = new PostParser(settings, converter, bodyChecks);
        var (content, extensions) = clock.Run("Đọc bài viết", () =>
        {
            var added = loaded.Select(feature => feature.ParseContent(contentContext)).ToList();
            return (ParseContentStage.Run(tree, postParser, new PageParser(settings, converter, bodyChecks), diagnostics, parseCache), added);
        });

        var templates = clock.Run("Đọc giao diện", () => new TemplateSet(tree, new FluidParser(), diagnostics));
        // A mistake in an author's file does not stop the build here: the other files are still rendered and checked,
        // so one run lists every problem of every file. Anything else (settings, data, theme, clashing addresses) does.
        var onlyAuthorsMistakes = diagnostics.ToList().Where(d => d.Severity == Severity.Error).All(d => IsAuthored(d.File));
        content = LayoutChoiceStage.Run(content, templates, diagnostics);
        var errorsBeforeModel = ErrorCount(diagnostics);
        var site = clock.Run("Dựng mô hình trang", () => SiteModelBuilder.Build(settings, content.Posts, content.Pages, options.Publication(), diagnostics));
        if (diagnostics.HasErrors && (!onlyAuthorsMistakes || ErrorCount(diagnostics) > errorsBeforeModel)) return Fail();

        var decorators = extensions.SelectMany(f => f.PageDecorators).ToList();
        var plans = clock.Run("Lập danh sách trang", () =>
            CorePlanners.Concat(extensions.SelectMany(f => f.Planners)).SelectMany(p => p.Plan(site))
                .Select(page => decorators.Aggregate(page, (planned, decorator) => decorator.Decorate(planned, site))).ToList());

        var siteValues = extensions.SelectMany(f => f.SiteValues).ToDictionary(kv => kv.Key, kv => kv.Value);
        var renderer = new LiquidRenderer(tree, templates, site, siteValues);
        foreach (var type in extensions.SelectMany(f => f.TemplateTypes)) renderer.Register(type);
        foreach (var (name, filter) in extensions.SelectMany(f => f.HtmlFilters)) renderer.AddHtmlFilter(name, filter);
        var fingerprints = new ValueFingerprint();
        var hashes = new DependencyHashes(tree, site, parseCache, renderer.SiteValues, fingerprints);
        var renderCache = new RenderCache(cache, RenderContext(settings, options), hashes, fingerprints);
        var errorsBeforeRender = ErrorCount(diagnostics);
        var rendered = clock.Run("Dựng trang", () => RenderPagesStage.Run(renderer, plans, diagnostics, renderCache));
        if (ErrorCount(diagnostics) > errorsBeforeRender) return Fail();

        var finished = new RenderedSite(site, rendered, new OutputReuse(cache)) { Cache = cache };
        var afterRender = clock.Run("Tạo tệp tổng hợp", () =>
            extensions.SelectMany(f => f.AfterRender).SelectMany(generator => generator.Generate(finished, diagnostics)).ToList());
        var pages = rendered.Select(page => page.File).Concat(afterRender);

        var assets = clock.Run("Chép tệp tĩnh", () =>
            CopyAssetsStage.Run(tree, file => IsContent(file) || features.Any(f => f.Owns(file)))
                .Concat(extensions.SelectMany(f => f.ExtraFiles))
                .ToList());
        var files = pages.Concat(assets).ToList();

        clock.Run("Kiểm tra trang", () =>
        {
            CheckPagesStage.Run(files, pageChecks, settings.BaseUrl.AbsolutePath, diagnostics, cache, ContentSourceLines.Of(bodyChecks.Links, content),
                UnreadContentStage.AddressesOf(tree, content), new ProblemLocations(tree).Locate);
            return 0;
        });

        return new GenerationResult(diagnostics.HasErrors ? [] : files, diagnostics.ToList(), clock.Timings)
        {
            Cache = cache, Publication = site.Publication,
            Live = diagnostics.HasErrors || !options.KeepLiveSite ? null : new LiveSite(tree, postParser, plans, renderer, cache.Next.Rendered),
        };
    }

    /// <summary>What parsing any content file depends on: the generator, the settings and the features' Markdown context.</summary>
    private static ContentHash ParseContext(SourceTree tree, IReadOnlyList<ISiteFeature> features, IReadOnlyList<ILoadedFeature> loaded)
    {
        var hasher = new ContentHasher().Add(BuildCache.GeneratorVersion).Add(tree.Peek(SiteSettingsReader.FileName)?.Hash ?? ContentHash.Absent);
        for (var i = 0; i < features.Count; i++)
        {
            if (loaded[i].MarkdownContext is { } context)
            {
                hasher.Add(context);
                continue;
            }
            foreach (var file in tree.Files.Where(features[i].Owns)) hasher.Add(file.Path).Add(file.Hash);
        }
        return hasher.Finish();
    }

    /// <summary>What rendering any page depends on beyond its plan and what it reads.</summary>
    private static ContentHash RenderContext(SiteSettings settings, GenerationOptions options) =>
        new ContentHasher().Add(BuildCache.GeneratorVersion).Add(settings.BaseUrl.ToString()).Add(settings.Zone.Id)
            .Add(options.IncludeDrafts).Add(options.IncludeFuture).Add(options.BaseUrl).Finish();

    private static int ErrorCount(DiagnosticBag diagnostics) => diagnostics.ToList().Count(d => d.Severity == Severity.Error);

    /// <summary>A Markdown file an author wrote (a post, a page, a document), as diagnostics name it.</summary>
    private static bool IsAuthored(string displayPath) =>
        displayPath.StartsWith("input/", StringComparison.Ordinal)
        && (displayPath.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || displayPath.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase));

    private static bool IsContent(SourceFile file) =>
        file.IsMarkdown || file.Path == SiteSettingsReader.FileName;
}
