using PhuocMy.Site.Diagnostics;
using Fluid;
using PhuocMy.Site.Content;
using PhuocMy.Site.Content.Links;
using PhuocMy.Site.Markdown;
using PhuocMy.Site.Markdown.Shortcodes;
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

    public GenerationResult Generate(SourceTree tree, GenerationOptions options, Action<string>? onStageStart = null)
    {
        var diagnostics = new DiagnosticBag();
        var clock = new StageClock(onStageStart);
        GenerationResult Fail() => new([], diagnostics.ToList(), clock.Timings);

        var settings = clock.Run("Đọc cấu hình", () => SiteSettingsReader.Read(tree, options.BaseUrl, diagnostics));
        if (settings is null) return Fail();

        var loaded = clock.Run("Đọc dữ liệu", () => features.Select(feature => feature.Load(tree, settings, diagnostics)).ToList());

        StrayContentStage.Run(tree, features, diagnostics);
        var converter = new MarkdownConverter(builder => { foreach (var feature in loaded) feature.ExtendMarkdown(builder); });
        var bodyChecks = new BodyChecks(
            [new HeadingLevelCheck(), new ImageAltTextCheck(), new UnknownShortcodeCheck(UnknownShortcodeCheck.StandardNames, KeySpelling.IsNearMiss), .. loaded.SelectMany(f => f.MarkdownChecks)],
            ContentLinks.Rewrites(converter, tree, ParseContentStage.Addresses));
        var contentContext = new ContentContext(tree, settings, converter, bodyChecks, diagnostics);
        var (content, extensions) = clock.Run("Đọc bài viết", () =>
        {
            var added = loaded.Select(feature => feature.ParseContent(contentContext)).ToList();
            return (ParseContentStage.Run(tree, new PostParser(settings, converter, bodyChecks), new PageParser(settings, converter, bodyChecks), diagnostics), added);
        });

        var site = clock.Run("Dựng mô hình trang", () => SiteModelBuilder.Build(settings, content.Posts, content.Pages, options.IncludeDrafts, diagnostics));
        var templates = clock.Run("Đọc giao diện", () => new TemplateSet(tree, new FluidParser(), diagnostics));
        LayoutChoiceStage.Run(content, templates, diagnostics);
        if (diagnostics.HasErrors) return Fail();

        var plans = clock.Run("Lập danh sách trang", () =>
            CorePlanners.Concat(extensions.SelectMany(f => f.Planners)).SelectMany(p => p.Plan(site)).ToList());

        var siteValues = extensions.SelectMany(f => f.SiteValues).ToDictionary(kv => kv.Key, kv => kv.Value);
        var renderer = new LiquidRenderer(tree, templates, site, siteValues);
        foreach (var type in extensions.SelectMany(f => f.TemplateTypes)) renderer.Register(type);
        var rendered = clock.Run("Dựng trang", () => RenderPagesStage.Run(renderer, plans, diagnostics));
        if (diagnostics.HasErrors) return Fail();

        var finished = new RenderedSite(site, rendered);
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
            CheckPagesStage.Run(files, pageChecks, settings.BaseUrl.AbsolutePath, diagnostics, ContentSourceLines.Of(bodyChecks.Links, content));
            return 0;
        });

        return new GenerationResult(diagnostics.HasErrors ? [] : files, diagnostics.ToList(), clock.Timings);
    }

    private static bool IsContent(SourceFile file) =>
        file.IsMarkdown || file.Path == SiteSettingsReader.FileName;
}
