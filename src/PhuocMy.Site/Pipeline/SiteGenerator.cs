using Fluid;
using PhuocMy.Site.Content;
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

    public static SiteGenerator CreateDefault() => new(StandardFeatures.Default(), PageChecks.All);

    public GenerationResult Generate(SourceTree tree, GenerationOptions options, Action<string>? onStageStart = null)
    {
        var diagnostics = new DiagnosticBag();
        var clock = new StageClock(onStageStart);
        GenerationResult Fail() => new([], diagnostics.ToList(), clock.Timings);

        var settings = clock.Run("Đọc cấu hình", () => SiteSettingsReader.Read(tree, options.BaseUrl, diagnostics));
        if (settings is null) return Fail();

        clock.Run("Đọc dữ liệu", () =>
        {
            foreach (var feature in features) feature.Load(tree, settings, diagnostics);
            return 0;
        });

        StrayContentStage.Run(tree, features, diagnostics);
        var converter = new MarkdownConverter(builder => { foreach (var feature in features) feature.ExtendMarkdown(builder); });
        var bodyChecks = new BodyChecks([new HeadingLevelCheck(), new ImageAltTextCheck(), .. features.SelectMany(f => f.MarkdownChecks)]);
        var content = clock.Run("Đọc bài viết", () =>
        {
            foreach (var feature in features) feature.ParseContent(tree, settings, converter, bodyChecks, diagnostics);
            return ParseContentStage.Run(tree, new PostParser(settings, converter, bodyChecks), new PageParser(settings, converter, bodyChecks), diagnostics);
        });

        var site = clock.Run("Dựng mô hình trang", () => SiteModelBuilder.Build(settings, content.Posts, content.Pages, options.IncludeDrafts, diagnostics));
        var templates = clock.Run("Đọc giao diện", () => new TemplateSet(tree, new FluidParser(), diagnostics));
        if (diagnostics.HasErrors) return Fail();

        var plans = clock.Run("Lập danh sách trang", () =>
            CorePlanners.Concat(features.SelectMany(f => f.Planners)).SelectMany(p => p.Plan(site)).ToList());

        var siteValues = features.SelectMany(f => f.SiteValues).ToDictionary(kv => kv.Key, kv => kv.Value);
        var renderer = new LiquidRenderer(tree, templates, site, siteValues);
        foreach (var type in features.SelectMany(f => f.TemplateTypes)) renderer.Register(type);
        var pages = clock.Run("Dựng trang", () => RenderPagesStage.Run(renderer, plans, diagnostics));
        if (diagnostics.HasErrors) return Fail();

        var assets = clock.Run("Chép tệp tĩnh", () =>
            CopyAssetsStage.Run(tree, file => IsContent(file) || features.Any(f => f.Owns(file)))
                .Concat(features.SelectMany(f => f.ExtraFiles()))
                .ToList());
        var files = pages.Concat(assets).ToList();

        clock.Run("Kiểm tra trang", () =>
        {
            CheckPagesStage.Run(files, pageChecks, settings.BaseUrl.AbsolutePath, diagnostics);
            return 0;
        });

        return new GenerationResult(diagnostics.HasErrors ? [] : files, diagnostics.ToList(), clock.Timings);
    }

    private static bool IsContent(SourceFile file) =>
        file.Extension == ".md" || file.Path == SiteSettingsReader.FileName;
}
