using System.Text;
using PhuocMy.Site.Caching;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Planning;
using PhuocMy.Site.Rendering;

namespace PhuocMy.Site.Pipeline.Stages;

/// <summary>Renders every planned page with the theme, in parallel, through the cache; pages that fail are reported, not written.</summary>
public static class RenderPagesStage
{
    public static IReadOnlyList<RenderedPage> Run(LiquidRenderer renderer, IReadOnlyList<PlannedPage> pages, DiagnosticBag diagnostics, RenderCache cache) =>
        pages.AsParallel().AsOrdered()
            .Select(page => cache.Render(page, () => renderer.Render(page, diagnostics) is { } html ? Encoding.UTF8.GetBytes(html) : null) is { } file
                ? new RenderedPage(page, file)
                : null)
            .OfType<RenderedPage>()
            .ToList();
}
