using PhuocMy.Site.Formatting;
namespace PhuocMy.Site.Charts.Svg;

/// <summary>Each row as a bar against its target: the share reached is written in large text beside the bar.</summary>
internal static class ProgressChart
{
    private const double BarHeight = 24;
    private const double PercentRoom = 76;

    public static double Draw(SvgWriter svg, DataTable table, string idPrefix)
    {
        var left = ChartTheme.Padding;
        var trackRight = ChartTheme.Width - ChartTheme.Padding - PercentRoom;
        var textWidth = ChartTheme.Width - 2 * ChartTheme.Padding;
        var y = ChartTheme.Padding;
        svg.Open("g", ("class", "chart-marks"));
        foreach (var row in table.Rows)
        {
            var target = row.Target!.Value;
            var full = Math.Max(target, row.Value);
            double X(decimal v) => left + (double)(v / full) * (trackRight - left);

            var label = TextMetrics.Wrap(row.Label, textWidth, ChartTheme.FontSize);
            SvgText.Write(svg, label, left, y + ChartTheme.FontSize, ChartTheme.FontSize, cssClass: "chart-category", fontWeight: "600");
            y += label.Count * ChartTheme.LineHeight + 2;

            svg.Empty("rect", ("x", left), ("y", y), ("width", X(target) - left), ("height", BarHeight),
                ("fill", ChartTheme.TrackColor), ("stroke", ChartTheme.AxisColor), ("stroke-width", 1), ("class", "chart-track"));
            svg.Empty("rect", ("x", left), ("y", y), ("width", X(row.Value) - left), ("height", BarHeight),
                ("fill", Palette.FillOf(idPrefix, 0)), ("stroke", Palette.ColorOf(0)), ("stroke-width", 1), ("class", "chart-bar chart-series-1"));
            svg.Empty("line", ("x1", X(target)), ("y1", y - 4), ("x2", X(target)), ("y2", y + BarHeight + 4),
                ("stroke", ChartTheme.TextColor), ("stroke-width", 2.5), ("class", "chart-target"));
            SvgText.Write(svg, VietnameseNumberFormat.Ratio(row.Value, target), trackRight + 10, y + BarHeight / 2 + ChartTheme.FontSize * 0.4,
                ChartTheme.FontSize + 2, cssClass: "chart-value", fontWeight: "700");
            y += BarHeight + 6;

            var detail = TextMetrics.Wrap(Detail(table, row), textWidth, ChartTheme.SmallFontSize);
            SvgText.Write(svg, detail, left, y + ChartTheme.SmallFontSize, ChartTheme.SmallFontSize,
                fill: ChartTheme.MutedTextColor, cssClass: "chart-detail");
            y += detail.Count * ChartTheme.SmallLineHeight + 14;
        }
        svg.Close("g");
        return y;
    }

    public static string Detail(DataTable table, DataRow row) =>
        $"{VietnameseNumberFormat.Amount(row.Value, table.Unit, table.Scale)} trên "
        + $"{VietnameseNumberFormat.Amount(row.Target!.Value, table.Unit, table.Scale)}"
        + (row.TargetLabel is { } targetLabel ? $" ({targetLabel})" : "");
}
