using System.Text;
using PhuocMy.Site.Caching;
using PhuocMy.Site.Content;
using PhuocMy.Site.Dependencies;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Planning;
using PhuocMy.Site.Rendering;

namespace PhuocMy.Site.Pipeline.Phases;

/// <summary>
/// render: draws every planned page with the theme, in parallel, through the cache (a page whose plan and recorded
/// reads are unchanged, and whose file the output folder still holds, is not drawn again). A page that fails is
/// reported and stops the build after this phase, so every failing page is named.
/// </summary>
public sealed class RenderPhase : IBuildPhase
{
    public string Name => "render";
    public string Title => "Dựng trang";

    public PhaseOutcome Run(BuildState state)
    {
        var renderer = new LiquidRenderer(state.Tree, state.Templates, state.Site, state.Extensions.SelectMany(f => f.SiteValues).ToDictionary(kv => kv.Key, kv => kv.Value));
        foreach (var type in state.Extensions.SelectMany(f => f.TemplateTypes)) renderer.Register(type);
        foreach (var (name, filter) in state.Extensions.SelectMany(f => f.HtmlFilters)) renderer.AddHtmlFilter(name, filter);
        state.Renderer = renderer;

        var fingerprints = new ValueFingerprint();
        var hashes = new DependencyHashes(state.Tree, state.Site, state.ParseCache, renderer.SiteValues, fingerprints);
        var cache = new RenderCache(state.Cache, RenderContext(state.Settings, state.Options), hashes, fingerprints);
        var errorsBefore = state.ErrorCount;
        state.Rendered = state.Plans.AsParallel().AsOrdered()
            .Select(page => cache.Render(page, () => Draw(renderer, page, state.Diagnostics)) is { } file ? new RenderedPage(page, state.Stage(file)) : null)
            .OfType<RenderedPage>()
            .ToList();
        return state.ErrorCount > errorsBefore ? PhaseOutcome.Stop : PhaseOutcome.Continue;
    }

    /// <summary>One page's bytes, or null when its template failed (the diagnostics say why). The preview's redraw draws with this too.</summary>
    public static byte[]? Draw(LiquidRenderer renderer, PlannedPage page, DiagnosticBag diagnostics) =>
        renderer.Render(page, diagnostics) is { } html ? Encoding.UTF8.GetBytes(html) : null;

    /// <summary>What rendering any page depends on beyond its plan and what it reads.</summary>
    private static ContentHash RenderContext(SiteSettings settings, GenerationOptions options) =>
        new ContentHasher().Add(BuildCache.GeneratorVersion).Add(settings.BaseUrl.ToString()).Add(settings.Zone.Id)
            .Add(options.IncludeDrafts).Add(options.IncludeFuture).Add(options.BaseUrl).Finish();
}
