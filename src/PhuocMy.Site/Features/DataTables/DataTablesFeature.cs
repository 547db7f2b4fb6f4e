using PhuocMy.Site.Charts;
using PhuocMy.Site.Content;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Features.DataTables;

/// <summary>
/// Số liệu: JSON data tables in <c>input/data/</c>, validated, charted in posts with <c>{{&lt; chart id &gt;}}</c>,
/// listed at <c>/so-lieu/</c> with one page and one CSV download per table.
/// </summary>
public sealed class DataTablesFeature : ISiteFeature
{
    public string Name => "data-tables";

    public const string Folder = "data";
    public const string IndexUrl = "/so-lieu/";

    public static string PageUrl(DataTable table) => $"/so-lieu/{table.Id}/";
    public static string CsvUrl(DataTable table) => $"/so-lieu/{table.Id}.csv";

    public bool Owns(SourceFile file) => file.Path.StartsWith(Folder + "/", StringComparison.Ordinal) && file.Extension == ".json";

    public ILoadedFeature Load(SourceTree tree, SiteSettings settings, DiagnosticBag diagnostics)
    {
        var sourceOf = new Dictionary<string, SourceFile>(StringComparer.Ordinal);
        var invalidIds = new HashSet<string>(StringComparer.Ordinal);
        var tables = new List<DataTable>();
        foreach (var file in tree.Under(Folder).Where(Owns))
        {
            if (SourceText.Read(file, diagnostics) is not { } json) continue;
            var result = DataTableLoader.Load(file.DisplayPath, Path.GetFileNameWithoutExtension(file.Path), json);
            foreach (var error in result.Errors)
                diagnostics.Error(error.File, error.Line, $"{error.JsonPath}: {error.Message}", "Xem hướng dẫn định dạng bảng số liệu trong docs/data-tables.md.");
            foreach (var warning in result.Warnings)
                diagnostics.Warning(warning.File, warning.Line, $"{warning.JsonPath}: {warning.Message}");
            if (result.Table is not { } table)
            {
                invalidIds.Add(Path.GetFileNameWithoutExtension(file.Path));
                continue;
            }
            if (sourceOf.TryAdd(table.Id, file)) tables.Add(table);
            else diagnostics.Error(file.DisplayPath, null, $"Mã bảng '{table.Id}' trùng với {sourceOf[table.Id].DisplayPath}.", "Mỗi bảng số liệu cần một mã riêng.");
        }
        return new LoadedDataTables(new DataTableCatalog(tables), sourceOf, invalidIds);
    }
}
