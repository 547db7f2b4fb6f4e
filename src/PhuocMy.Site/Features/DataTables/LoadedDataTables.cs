using System.Text;
using Markdig;
using PhuocMy.Site.Charts;
using PhuocMy.Site.Charts.Markdown;
using PhuocMy.Site.Markdown;
using PhuocMy.Site.Output;
using PhuocMy.Site.Pipeline;

namespace PhuocMy.Site.Features.DataTables;

/// <summary>The valid data tables of a build, the file each came from, and the ids of files that failed to load.</summary>
public sealed class LoadedDataTables(DataTableCatalog catalog, IReadOnlyDictionary<string, string> sourceOf, IReadOnlySet<string> invalidIds) : ILoadedFeature
{
    public DataTableCatalog Catalog => catalog;

    public string SourceOf(DataTable table) => sourceOf[table.Id];

    public void ExtendMarkdown(MarkdownPipelineBuilder builder) => builder.UseCharts(catalog, DataTablesFeature.CsvUrl);

    /// <summary>A chart of a table whose file has errors is not reported again: the table's own errors say what to fix.</summary>
    public IEnumerable<IMarkdownCheck> MarkdownChecks => [new UnknownChartCheck(catalog, invalidIds.Contains)];

    public FeatureOutput ParseContent(ContentContext context) => new()
    {
        Planners = [new DataPagesPlanner(this)],
        SiteValues = new Dictionary<string, object?>
        {
            ["data_tables"] = catalog.All.Select(t => new DataTableLink(t.Title, DataTablesFeature.PageUrl(t))).ToList(),
            ["data_url"] = DataTablesFeature.IndexUrl,
        },
        TemplateTypes = [typeof(DataTableLink), typeof(DataTableView)],
        ExtraFiles = catalog.All.Select(CsvFile).ToList(),
    };

    /// <summary>A CSV per table, with a byte order mark so Excel opens Vietnamese text correctly.</summary>
    private OutputFile CsvFile(DataTable table) => new(
        DataTablesFeature.CsvUrl(table).TrimStart('/'),
        Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(DataTableCsv.Write(table))).ToArray(),
        [SourceOf(table)]);
}

public sealed record DataTableLink(string Title, string Url);

/// <summary>A table as its page and the data index show it: the chart figure is ready-made HTML.</summary>
public sealed record DataTableView(string Title, string? Subtitle, string Url, string CsvUrl, string? Source, string? Note, bool Sample, string ChartHtml);
