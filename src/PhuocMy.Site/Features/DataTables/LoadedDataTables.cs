using System.Collections;
using System.Text;
using Markdig;
using PhuocMy.Site.Charts;
using PhuocMy.Site.Charts.Markdown;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Markdown;
using PhuocMy.Site.Output;
using PhuocMy.Site.Dependencies;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.SiteModel;
using PhuocMy.Site.Sources;
using PhuocMy.Site.Urls;

namespace PhuocMy.Site.Features.DataTables;

/// <summary>The valid data tables of a build, the file each came from, and the ids of files that failed to load.</summary>
public sealed class LoadedDataTables(DataTableCatalog catalog, IReadOnlyDictionary<string, SourceFile> sourceOf, IReadOnlySet<string> invalidIds) : ILoadedFeature
{
    private readonly ChartUsage usage = new();
    private IReadOnlyList<DataTable>? published;
    private Func<IEnumerable<ParsedReads>> parseReads = () => [];

    public DataTableCatalog Catalog => catalog;

    public string SourceOf(DataTable table) => sourceOf[table.Id].DisplayPath;

    /// <summary>A post's parse depends on which tables exist (unknown ids are errors); each table it draws is recorded as it is drawn.</summary>
    public ContentHash? MarkdownContext
    {
        get
        {
            var hasher = new ContentHasher();
            foreach (var id in catalog.All.Select(t => t.Id).Order(StringComparer.Ordinal)) hasher.Add(id);
            hasher.Tag(0);
            foreach (var id in invalidIds.Order(StringComparer.Ordinal)) hasher.Add(id);
            return hasher.Finish();
        }
    }

    public void ExtendMarkdown(MarkdownPipelineBuilder builder) => builder.UseCharts(catalog, DataTablesFeature.CsvUrl);

    /// <summary>A chart of a table whose file has errors is not reported again: the table's own errors say what to fix.</summary>
    public IEnumerable<IMarkdownCheck> MarkdownChecks =>
        [new UnknownChartCheck(catalog, invalidIds.Contains), new ChartReadsCheck(TreePathOf), usage];

    private string? TreePathOf(string tableId) => sourceOf.TryGetValue(tableId, out var file) ? file.Path : null;

    /// <summary>The tables the site publishes: all but those only drafts show (see <see cref="ChartUsage"/>).</summary>
    public IReadOnlyList<DataTable> Publish(Website site)
    {
        if (published is not null) return published;
        var isPublic = usage.IsPublicIn(site, parseReads(), TreePathOf);
        return published = catalog.All.Where(table => isPublic(table.Id)).ToList();
    }

    public FeatureOutput ParseContent(ContentContext context)
    {
        parseReads = context.ParseReads;
        return Output();
    }

    private FeatureOutput Output() => new()
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
        SitePaths.OutputPathOf(DataTablesFeature.CsvUrl(table)),
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
