using System.Text;
using Markdig;
using PhuocMy.Site.Charts;
using PhuocMy.Site.Charts.Markdown;
using PhuocMy.Site.Content;
using PhuocMy.Site.Markdown;
using PhuocMy.Site.Output;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Planning;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Features.DataTables;

/// <summary>
/// Số liệu: JSON data tables in <c>input/data/</c>, validated, charted in posts with <c>{{&lt; chart id &gt;}}</c>,
/// listed at <c>/so-lieu/</c> with one page and one CSV download per table.
/// </summary>
public sealed class DataTablesFeature : ISiteFeature
{
    public const string Folder = "data";

    private DataTableCatalog catalog = DataTableCatalog.Empty;
    private readonly Dictionary<string, string> sourceOf = new(StringComparer.Ordinal);
    private readonly HashSet<string> invalidIds = new(StringComparer.Ordinal);

    public DataTableCatalog Catalog => catalog;

    public bool Owns(SourceFile file) => file.Path.StartsWith(Folder + "/", StringComparison.Ordinal) && file.Extension == ".json";

    public void Load(SourceTree tree, SiteSettings settings, DiagnosticBag diagnostics)
    {
        sourceOf.Clear();
        invalidIds.Clear();
        var tables = new List<DataTable>();
        foreach (var file in tree.Under(Folder).Where(Owns))
        {
            if (SourceText.Read(file, diagnostics) is not { } json) continue;
            var result = DataTableLoader.Load(file.DisplayPath, Path.GetFileNameWithoutExtension(file.Path), json);
            foreach (var error in result.Errors)
                diagnostics.Error(error.File, error.Line, $"{error.JsonPath}: {error.Message}", "Xem hướng dẫn định dạng bảng số liệu trong docs/data-tables.md.");
            if (result.Table is not { } table)
            {
                invalidIds.Add(Path.GetFileNameWithoutExtension(file.Path));
                continue;
            }
            if (sourceOf.TryAdd(table.Id, file.DisplayPath)) tables.Add(table);
            else diagnostics.Error(file.DisplayPath, null, $"Mã bảng '{table.Id}' trùng với {sourceOf[table.Id]}.", "Mỗi bảng số liệu cần một mã riêng.");
        }
        catalog = new DataTableCatalog(tables);
    }

    public static string PageUrl(DataTable table) => $"/so-lieu/{table.Id}/";
    public static string CsvUrl(DataTable table) => $"/so-lieu/{table.Id}.csv";
    public const string IndexUrl = "/so-lieu/";

    public string SourceOf(DataTable table) => sourceOf[table.Id];

    public void ExtendMarkdown(MarkdownPipelineBuilder builder) => builder.UseCharts(catalog, CsvUrl);

    /// <summary>A chart of a table whose file has errors is not reported again: the table's own errors say what to fix.</summary>
    public IEnumerable<IMarkdownCheck> MarkdownChecks => [new UnknownChartCheck(() => catalog, id => invalidIds.Contains(id))];

    public IEnumerable<IPagePlanner> Planners => [new DataPagesPlanner(this)];

    public IReadOnlyDictionary<string, object?> SiteValues => new Dictionary<string, object?>
    {
        ["data_tables"] = catalog.All.Select(t => new DataTableLink(t.Title, PageUrl(t))).ToList(),
        ["data_url"] = IndexUrl,
    };

    public IEnumerable<Type> TemplateTypes => [typeof(DataTableLink), typeof(DataTableView)];

    /// <summary>A CSV per table, with a byte order mark so Excel opens Vietnamese text correctly.</summary>
    public IEnumerable<OutputFile> ExtraFiles() =>
        catalog.All.Select(table => new OutputFile(
            CsvUrl(table).TrimStart('/'),
            Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(DataTableCsv.Write(table))).ToArray(),
            [SourceOf(table)]));
}

public sealed record DataTableLink(string Title, string Url);

/// <summary>A table as its page and the data index show it: the chart figure is ready-made HTML.</summary>
public sealed record DataTableView(string Title, string? Subtitle, string Url, string CsvUrl, string? Source, string? Note, bool Sample, string ChartHtml);
