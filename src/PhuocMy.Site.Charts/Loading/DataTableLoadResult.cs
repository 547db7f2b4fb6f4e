namespace PhuocMy.Site.Charts;

/// <summary>The outcome of loading one data table file: the table when it is valid, and every error found.</summary>
public sealed record DataTableLoadResult(DataTable? Table, IReadOnlyList<DataTableError> Errors)
{
    public bool Succeeded => Table is not null && Errors.Count == 0;
}
