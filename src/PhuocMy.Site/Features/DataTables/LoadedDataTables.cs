using System.Collections;
using System.Text;
using Markdig;
using PhuocMy.Site.Charts;
using PhuocMy.Site.Charts.Markdown;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Markdown;
using PhuocMy.Site.Output;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.SiteModel;

namespace PhuocMy.Site.Features.DataTables;

/// <summary>The valid data tables of a build, the file each came from, and the ids of files that failed to load.</summary>
public sealed class LoadedDataTables(DataTableCatalog catalog, IReadOnlyDictionary<string, string> sourceOf, IReadOnlySet<string> invalidIds) : ILoadedFeature
{
    private readonly ChartUsage usage = new();
    private IReadOnlyList<DataTable>? published;

    public DataTableCatalog Catalog => catalog;

    public string SourceOf(DataTable table) => sourceOf[table.Id];

    public void ExtendMarkdown(MarkdownPipelineBuilder builder) => builder.UseCharts(catalog, DataTablesFeature.CsvUrl);

    /// <summary>A chart of a table whose file has errors is not reported again: the table's own errors say what to fix.</summary>
    public IEnumerable<IMarkdownCheck> MarkdownChecks => [new UnknownChartCheck(catalog, invalidIds.Contains), usage];

    /// <summary>The tables the site publishes: all but those only drafts show (see <see cref="ChartUsage"/>).</summary>
    public IReadOnlyList<DataTable> Publish(Website site)
    {
        if (published is not null) return published;
        var isPublic = usage.IsPublicIn(site);
        return published = catalog.All.Where(table => isPublic(table.Id)).ToList();
    }

    public FeatureOutput ParseContent(ContentContext context) => new()
    {
        Planners = [new DataPagesPlanner(this)],
        SiteValues = new Dictionary<string, object?>
        {
            // Read by templates while pages render, after planning has decided which tables are published.
            ["data_tables"] = new PublishedLinks(this),
            ["data_url"] = DataTablesFeature.IndexUrl,
        },
        TemplateTypes = [typeof(DataTableLink), typeof(DataTableView)],
        AfterRender = [new CsvDownloads(this)],
    };

    /// <summary>A CSV per table, with a byte order mark so Excel opens Vietnamese text correctly.</summary>
    private OutputFile CsvFile(DataTable table) => new(
        DataTablesFeature.CsvUrl(table).TrimStart('/'),
        Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(DataTableCsv.Write(table))).ToArray(),
        [SourceOf(table)]);

    private sealed class CsvDownloads(LoadedDataTables feature) : IAfterRenderGenerator
    {
        public IEnumerable<OutputFile> Generate(RenderedSite site, DiagnosticBag diagnostics) =>
            feature.Publish(site.Site).Select(feature.CsvFile).ToList();
    }

    private sealed class PublishedLinks(LoadedDataTables feature) : IEnumerable<DataTableLink>
    {
        public IEnumerator<DataTableLink> GetEnumerator() =>
            (feature.published ?? throw new InvalidOperationException("Bảng số liệu được đọc trước khi lập danh sách trang."))
            .Select(t => new DataTableLink(t.Title, DataTablesFeature.PageUrl(t))).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

public sealed record DataTableLink(string Title, string Url);

/// <summary>A table as its page and the data index show it: the chart figure is ready-made HTML.</summary>
public sealed record DataTableView(string Title, string? Subtitle, string Url, string CsvUrl, string? Source, string? Note, bool Sample, string ChartHtml);
