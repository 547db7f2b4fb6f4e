namespace PhuocMy.Site.Charts.Svg;

/// <summary>How the series of a bar chart share a category: one bar, bars side by side, or bars stacked.</summary>
internal enum BarMode
{
    Single,
    Grouped,
    Stacked,
}

internal static class BarModes
{
    public static BarMode Of(DataTable table) => table.Chart switch
    {
        ChartType.StackedBar => BarMode.Stacked,
        _ when table.Series.Count > 1 => BarMode.Grouped,
        _ => BarMode.Single,
    };

    /// <summary>The values the value axis must cover: per bar, or per stack total.</summary>
    public static IEnumerable<decimal> ExtentValues(DataTable table, BarMode mode) =>
        mode == BarMode.Stacked ? table.Rows.Select(r => r.Total) : table.Rows.SelectMany(r => r.Values);
}
