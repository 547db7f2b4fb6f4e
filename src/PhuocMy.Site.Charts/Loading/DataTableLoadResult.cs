namespace PhuocMy.Site.Charts;

/// <summary>The outcome of loading one data table file: the table when it is valid, and every error found.</summary>
public sealed record DataTableLoadResult(DataTable? Table, IReadOnlyList<DataTableError> Errors)
{
    /// <summary>Problems that do not stop the table from being published, e.g. more rows than a phone shows well.</summary>
    public IReadOnlyList<DataTableError> Warnings { get; init; } = [];

    public bool Succeeded => Table is not null && Errors.Count == 0;
}
