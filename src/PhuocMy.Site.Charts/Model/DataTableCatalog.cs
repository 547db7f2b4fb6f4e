using System.Globalization;

namespace PhuocMy.Site.Charts;

/// <summary>All data tables of the site, looked up by id.</summary>
public sealed class DataTableCatalog
{
    private static readonly StringComparer VietnameseOrder =
        StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: false);

    private readonly Dictionary<string, DataTable> _byId;

    public DataTableCatalog(IEnumerable<DataTable> tables)
    {
        _byId = new Dictionary<string, DataTable>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            if (!_byId.TryAdd(table.Id, table))
            {
                throw new ArgumentException($"Two data tables have the id '{table.Id}'.", nameof(tables));
            }
        }
        All = _byId.Values.OrderBy(t => t.Title, VietnameseOrder).ThenBy(t => t.Id, StringComparer.Ordinal).ToList();
    }

    public static DataTableCatalog Empty { get; } = new([]);

    /// <summary>Every table, sorted by title in Vietnamese alphabetical order.</summary>
    public IReadOnlyList<DataTable> All { get; }

    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DataTable? table) =>
        _byId.TryGetValue(id, out table);
}
