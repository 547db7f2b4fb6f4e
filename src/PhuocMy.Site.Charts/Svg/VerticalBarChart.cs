using PhuocMy.Site.Formatting;
using PhuocMy.Site.Charts.Scales;

namespace PhuocMy.Site.Charts.Svg;

/// <summary>Columns over category labels. Declines (returns null) when labels would not fit, so the caller can draw horizontal bars.</summary>
internal static class VerticalBarChart
{
    private const double PlotHeight = 220;
    private const int MaxLabelLines = 3;

    public static double? TryDraw(SvgWriter svg, DataTable table, string idPrefix)
    {
        var mode = BarModes.Of(table);
        var values = BarModes.ExtentValues(table, mode).ToList();
        var probe = LinearScale.Create(values, 0, 1, includeZero: true);
        var plotLeft = ChartTheme.Padding + ValueAxis.LabelWidth(probe) + 8;
        var plotRight = ChartTheme.Width - ChartTheme.Padding;
        var band = (plotRight - plotLeft) / table.Rows.Count;
        var groupWidth = Math.Min(band * 0.72, mode == BarMode.Grouped ? 40 * table.Series.Count : 64);
        var barWidth = mode == BarMode.Grouped ? groupWidth / table.Series.Count : groupWidth;

        var labels = table.Rows.Select(r => TextMetrics.Wrap(r.Label, band - 6, ChartTheme.SmallFontSize)).ToList();
        if (labels.Any(l => l.Count > MaxLabelLines || !TextMetrics.Fits(l, band - 2, ChartTheme.SmallFontSize)))
        {
            return null;
        }
        var labelRoom = mode == BarMode.Grouped ? barWidth + 2 : band - 4;
        var topLabels = mode == BarMode.Stacked ? table.Rows.Select(r => r.Total) : table.Rows.SelectMany(r => r.Values);
        if (topLabels.Any(v => TextMetrics.Width(VietnameseNumberFormat.Compact(v), ChartTheme.SmallFontSize) > labelRoom))
        {
            return null;
        }

        var top = Legend.Write(svg, table, idPrefix, ChartTheme.Padding, asLines: false);
        top = UnitCaption.Write(svg, table, top);
        var plotTop = top + ChartTheme.SmallLineHeight + 4;
        var plotBottom = plotTop + PlotHeight;
        var scale = LinearScale.Create(values, plotBottom, plotTop, includeZero: true);

        ValueAxis.Write(svg, scale, plotLeft, plotRight);
        svg.Open("g", ("class", "chart-marks"));
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var groupLeft = plotLeft + band * i + (band - groupWidth) / 2;
            DrawCategory(svg, table, idPrefix, mode, scale, table.Rows[i], groupLeft, barWidth);
        }
        svg.Close("g");

        var maxLines = labels.Max(l => l.Count);
        for (var i = 0; i < labels.Count; i++)
        {
            SvgText.Write(svg, labels[i], plotLeft + band * (i + 0.5), plotBottom + 6 + ChartTheme.SmallFontSize,
                ChartTheme.SmallFontSize, "middle", cssClass: "chart-category");
        }
        return plotBottom + 6 + maxLines * ChartTheme.SmallLineHeight + ChartTheme.Padding;
    }

    private static void DrawCategory(SvgWriter svg, DataTable table, string idPrefix, BarMode mode, LinearScale scale,
        DataRow row, double left, double barWidth)
    {
        var zero = scale.Map(0m);
        if (mode == BarMode.Stacked)
        {
            var bottom = zero;
            for (var s = 0; s < row.Values.Count; s++)
            {
                var height = zero - scale.Map(row.Values[s]);
                Bar(svg, idPrefix, s, left, bottom - height, barWidth, height);
                var label = VietnameseNumberFormat.Compact(row.Values[s]);
                if (height >= ChartTheme.SmallLineHeight && TextMetrics.Width(label, ChartTheme.SmallFontSize) + 8 <= barWidth)
                {
                    SvgText.WriteOnChip(svg, label, left + barWidth / 2, bottom - height / 2, ChartTheme.SmallFontSize);
                }
                bottom -= height;
            }
            ValueOnTop(svg, row.Total, left + barWidth / 2, scale.Map(row.Total));
            return;
        }

        for (var s = 0; s < row.Values.Count; s++)
        {
            var y = scale.Map(row.Values[s]);
            var x = left + barWidth * s;
            Bar(svg, idPrefix, s, x, y, barWidth, zero - y);
            ValueOnTop(svg, row.Values[s], x + barWidth / 2, y);
        }
    }

    private static void Bar(SvgWriter svg, string idPrefix, int series, double x, double y, double width, double height) =>
        svg.Empty("rect", ("x", x), ("y", y), ("width", width), ("height", Math.Max(height, 0)),
            ("fill", Palette.FillOf(idPrefix, series)), ("stroke", Palette.ColorOf(series)), ("stroke-width", 1),
            ("class", $"chart-bar chart-series-{series + 1}"));

    private static void ValueOnTop(SvgWriter svg, decimal value, double centerX, double barTop) =>
        SvgText.Write(svg, VietnameseNumberFormat.Compact(value), centerX, barTop - 5, ChartTheme.SmallFontSize,
            "middle", cssClass: "chart-value");
}
