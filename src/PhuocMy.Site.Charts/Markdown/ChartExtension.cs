using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace PhuocMy.Site.Charts.Markdown;

/// <summary>Markdig extension for <c>{{&lt; chart table-id &gt;}}</c> lines.</summary>
public sealed class ChartExtension(DataTableCatalog catalog, Func<DataTable, string> csvUrl) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<ChartBlockParser>())
        {
            // Before the paragraph parser, so a shortcode line directly under text is still a chart.
            pipeline.BlockParsers.Insert(0, new ChartBlockParser(catalog));
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<ChartBlockRenderer>())
        {
            html.ObjectRenderers.Insert(0, new ChartBlockRenderer(csvUrl));
        }
    }

    /// <summary>Chart lines whose table id is not in the catalog; <c>Line</c> is 0-based (add 1 for messages).</summary>
    public static IEnumerable<ChartBlock> FindUnknownCharts(MarkdownDocument document) =>
        document.Descendants<ChartBlock>().Where(b => !b.IsKnown);

    public static IEnumerable<ChartBlock> FindCharts(MarkdownDocument document) => document.Descendants<ChartBlock>();
}
