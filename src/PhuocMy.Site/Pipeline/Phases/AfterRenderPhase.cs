using PhuocMy.Site.Caching;
using PhuocMy.Site.Content;
using PhuocMy.Site.Pipeline.Stages;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Pipeline.Phases;

/// <summary>
/// after-render: what is made from the finished site (feeds, sitemap, sharing cards, search index, photo variants),
/// then every file published as it is (CSS, images, attachments). Together with the pages, the whole site.
/// </summary>
public sealed class AfterRenderPhase : IBuildPhase
{
    public string Name => "after-render";
    public string Title => "Tạo tệp tổng hợp";

    public PhaseOutcome Run(BuildState state)
    {
        var finished = new RenderedSite(state.Site, state.Rendered, new OutputReuse(state.Cache)) { Cache = state.Cache, Stage = state.Stage };
        var made = state.Extensions.SelectMany(f => f.AfterRender).SelectMany(generator => generator.Generate(finished, state.Diagnostics)).Select(state.Stage).ToList();
        var assets = CopyAssetsStage.Run(state.Tree, file => IsContent(file) || state.Features.Any(f => f.Owns(file)))
            .Concat(state.Extensions.SelectMany(f => f.ExtraFiles));
        state.Files = [.. state.Rendered.Select(page => page.File), .. made, .. assets];
        return PhaseOutcome.Continue;
    }

    private static bool IsContent(SourceFile file) => file.IsMarkdown || file.Path == SiteSettingsReader.FileName;
}
