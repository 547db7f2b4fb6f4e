using PhuocMy.Site.Planning;
using PhuocMy.Site.Diagnostics;
using System.Text;
using PhuocMy.Site.Output;
using PhuocMy.Site.Rendering;

namespace PhuocMy.Site.Pipeline.Stages;

/// <summary>Renders every planned page with the theme, in parallel; pages that fail are reported, not written.</summary>
public static class RenderPagesStage
{
    public static IReadOnlyList<RenderedPage> Run(LiquidRenderer renderer, IReadOnlyList<PlannedPage> pages, DiagnosticBag diagnostics) =>
        pages.AsParallel().AsOrdered()
            .Select(page => renderer.Render(page, diagnostics) is { } html
                ? new RenderedPage(page, new OutputFile(page.OutputPath, Encoding.UTF8.GetBytes(html), page.Sources) { Origin = page.Origin })
                : null)
            .OfType<RenderedPage>()
            .ToList();
}
