using PhuocMy.Site.Formatting;
namespace PhuocMy.Site.Charts.Svg;

/// <summary>The text of the SVG &lt;desc&gt;: chart type, message and the key numbers, read out by screen readers.</summary>
internal static class ChartDescription
{
    public static string For(DataTable table)
    {
        var parts = new List<string> { ChartTypeNames.ToVietnamese(table.Chart), table.Title };
        if (table.Subtitle is { } subtitle)
        {
            parts.Add(subtitle);
        }
        parts.Add("Số liệu: " + string.Join("; ", table.Rows.Select(r => Row(table, r))));
        return string.Join(". ", parts.Select(p => p.TrimEnd('.'))) + ".";
    }

    private static string Row(DataTable table, DataRow row) => table.Chart switch
    {
        ChartType.Progress => $"{row.Label}: đạt {VietnameseNumberFormat.Ratio(row.Value, row.Target!.Value)}, {ProgressChart.Detail(table, row)}",
        ChartType.Share => $"{row.Label}: {VietnameseNumberFormat.Ratio(row.Value, table.Rows.Sum(r => r.Value), 1)}, "
            + VietnameseNumberFormat.Amount(row.Value, table.Unit, table.Scale),
        _ when table.Series.Count == 1 => $"{row.Label}: {VietnameseNumberFormat.Amount(row.Value, table.Unit, table.Scale)}",
        _ => $"{row.Label}: " + string.Join(", ", table.Series.Select((s, i) =>
            $"{s.Name} {VietnameseNumberFormat.Amount(row.Values[i], table.Unit, table.Scale)}")),
    };
}
