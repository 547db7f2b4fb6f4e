namespace PhuocMy.Site.Charts;

/// <summary>
/// A table of figures loaded from <c>input/data/{Id}.json</c>. Values are written in units of
/// <see cref="Scale"/> × <see cref="Unit"/> (scale "triệu", unit "đồng": 172 means 172 triệu đồng).
/// </summary>
public sealed record DataTable
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Subtitle { get; init; }
    public required string Unit { get; init; }
    public string? Scale { get; init; }
    public string? Source { get; init; }
    public string? Note { get; init; }
    public DateOnly? Date { get; init; }
    public bool Sample { get; init; }
    public required ChartType Chart { get; init; }
    public string LabelHeader { get; init; } = "Hạng mục";
    public required IReadOnlyList<DataSeries> Series { get; init; }
    public required IReadOnlyList<DataRow> Rows { get; init; }

    /// <summary>Scale and unit as read in the text, e.g. "triệu đồng", "hồ sơ".</summary>
    public string UnitWithScale => Scale is null ? Unit : $"{Scale} {Unit}";
}
