using Markdig;

namespace PhuocMy.Site.Charts.Markdown;

public static class ChartPipelineExtensions
{
    /// <summary>Enables <c>{{&lt; chart table-id &gt;}}</c>; <paramref name="csvUrl"/> gives each table's CSV link.</summary>
    public static MarkdownPipelineBuilder UseCharts(this MarkdownPipelineBuilder builder, DataTableCatalog catalog, Func<DataTable, string> csvUrl)
    {
        builder.Extensions.ReplaceOrAdd<ChartExtension>(new ChartExtension(catalog, csvUrl));
        return builder;
    }
}
