using PhuocMy.Site.Formatting;
using PhuocMy.Site.Charts.Scales;

namespace PhuocMy.Site.Charts.Svg;

/// <summary>Bars growing to the right, each category label written in full above its bars: suits long labels and phones.</summary>
internal static class HorizontalBarChart
{
    private const double BarHeight = 22;
    private const double GroupedBarHeight = 18;

    public static double Draw(SvgWriter svg, DataTable table, string idPrefix)
    {
        var mode = BarModes.Of(table);
        var endLabels = mode == BarMode.Stacked ? table.Rows.Select(r => r.Total) : table.Rows.SelectMany(r => r.Values);
        var valueRoom = endLabels.Max(v => TextMetrics.Width(VietnameseNumberFormat.Compact(v), ChartTheme.SmallFontSize)) + 10;
        var left = ChartTheme.Padding;
        var right = ChartTheme.Width - ChartTheme.Padding - valueRoom;
        var scale = LinearScale.Create(BarModes.ExtentValues(table, mode), left, right, includeZero: true);
        var textWidth = ChartTheme.Width - 2 * ChartTheme.Padding;

        var y = Legend.Write(svg, table, idPrefix, ChartTheme.Padding, asLines: false);
        y = UnitCaption.Write(svg, table, y);
        svg.Open("g", ("class", "chart-marks"));
        foreach (var row in table.Rows)
        {
            var lines = TextMetrics.Wrap(row.Label, textWidth, ChartTheme.FontSize);
            SvgText.Write(svg, lines, left, y + ChartTheme.FontSize, ChartTheme.FontSize, cssClass: "chart-category");
            y += lines.Count * ChartTheme.LineHeight + 2;
            var barsBottom = DrawBars(svg, idPrefix, mode, scale, row, y);
            // The zero line is drawn per category so that it never runs through the labels above the bars.
            svg.Empty("line", ("x1", left), ("y1", y - 3), ("x2", left), ("y2", barsBottom + 3), ("stroke", ChartTheme.AxisColor),
                ("stroke-width", 1.5), ("class", "chart-axis"));
            y = barsBottom + 10;
        }
        svg.Close("g");
        return y + ChartTheme.Padding;
    }

    private static double DrawBars(SvgWriter svg, string idPrefix, BarMode mode, LinearScale scale, DataRow row, double y)
    {
        var zero = scale.Map(0m);
        if (mode == BarMode.Stacked)
        {
            var x = zero;
            for (var s = 0; s < row.Values.Count; s++)
            {
                var width = scale.Map(row.Values[s]) - zero;
                Bar(svg, idPrefix, s, x, y, width, BarHeight);
                var label = VietnameseNumberFormat.Compact(row.Values[s]);
                if (TextMetrics.Width(label, ChartTheme.SmallFontSize) + 10 <= width)
                {
                    SvgText.WriteOnChip(svg, label, x + width / 2, y + BarHeight / 2, ChartTheme.SmallFontSize);
                }
                x += width;
            }
            ValueAtEnd(svg, row.Total, x, y, BarHeight);
            return y + BarHeight;
        }

        var height = mode == BarMode.Grouped ? GroupedBarHeight : BarHeight;
        for (var s = 0; s < row.Values.Count; s++)
        {
            var end = scale.Map(row.Values[s]);
            Bar(svg, idPrefix, s, zero, y, end - zero, height);
            ValueAtEnd(svg, row.Values[s], end, y, height);
            y += height + 3;
        }
        return y - 3;
    }

    private static void Bar(SvgWriter svg, string idPrefix, int series, double x, double y, double width, double height) =>
        svg.Empty("rect", ("x", x), ("y", y), ("width", Math.Max(width, 0)), ("height", height),
            ("fill", Palette.FillOf(idPrefix, series)), ("stroke", Palette.ColorOf(series)), ("stroke-width", 1),
            ("class", $"chart-bar chart-series-{series + 1}"));

    private static void ValueAtEnd(SvgWriter svg, decimal value, double barEnd, double y, double height) =>
        SvgText.Write(svg, VietnameseNumberFormat.Compact(value), barEnd + 5, y + height / 2 + ChartTheme.SmallFontSize * 0.35,
            ChartTheme.SmallFontSize, cssClass: "chart-value");
}
