using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace PhuocMy.Site.Charts.Markdown;

/// <summary>Renders a known chart block as the chart figure; unknown ids render nothing (the generator reports them).</summary>
public sealed class ChartBlockRenderer(Func<DataTable, string> csvUrl) : HtmlObjectRenderer<ChartBlock>
{
    protected override void Write(HtmlRenderer renderer, ChartBlock block)
    {
        if (block.Table is null || !renderer.EnableHtmlForBlock)
        {
            return;
        }
        renderer.EnsureLine();
        renderer.Write(ChartHtml.Render(block.Table, new ChartRenderOptions(csvUrl(block.Table), block.IdPrefix)));
        renderer.EnsureLine();
    }
}
