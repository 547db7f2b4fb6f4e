using PhuocMy.Site.Formatting;
namespace PhuocMy.Site.Charts.Tabular;

/// <summary>A column of the table view; <paramref name="Unit"/> is added to CSV headers, e.g. "Năm 2020 (triệu đồng)".</summary>
internal sealed record TabularColumn(string Name, string? Unit);

/// <summary>A cell: the number (for CSV) and how readers see it (for HTML), or plain text.</summary>
internal sealed record TabularCell(decimal? Number, string Display)
{
    public static TabularCell Amount(decimal value, DataTable table) =>
        new(value, VietnameseNumberFormat.Amount(value, table.Unit, table.Scale));

    public static TabularCell Percent(decimal part, decimal whole, int decimals) =>
        new(Math.Round(part / whole * 100, decimals, MidpointRounding.AwayFromZero), VietnameseNumberFormat.Ratio(part, whole, decimals));

    public static TabularCell Text(string text) => new(null, text);
}

internal sealed record TabularRow(string Label, IReadOnlyList<TabularCell> Cells);
