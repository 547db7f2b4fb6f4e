using PhuocMy.Site.Formatting;
using PhuocMy.Site.Charts.Scales;

namespace PhuocMy.Site.Charts.Svg;

/// <summary>A time series: one line per series, each with its own dash pattern and marker shape.</summary>
internal static class LineChart
{
    private const double PlotHeight = 220;
    private const int MaxLabelLines = 3;

    public static double Draw(SvgWriter svg, DataTable table, string idPrefix)
    {
        var values = table.Rows.SelectMany(r => r.Values).ToList();
        var multi = table.Series.Count > 1;
        var probe = LinearScale.Create(values, 0, 1, includeZero: values.All(v => v >= 0));
        var plotLeft = ChartTheme.Padding + ValueAxis.LabelWidth(probe) + 8;
        var endLabelRoom = multi
            ? table.Rows[^1].Values.Max(v => TextMetrics.Width(VietnameseNumberFormat.Compact(v), ChartTheme.SmallFontSize)) + 12
            : 0;
        var plotRight = ChartTheme.Width - ChartTheme.Padding - endLabelRoom;
        var band = (plotRight - plotLeft) / table.Rows.Count;

        var top = Legend.Write(svg, table, idPrefix, ChartTheme.Padding, asLines: true);
        top = UnitCaption.Write(svg, table, top);
        var plotTop = top + ChartTheme.SmallLineHeight + 4;
        var plotBottom = plotTop + PlotHeight;
        var scale = LinearScale.Create(values, plotBottom, plotTop, includeZero: values.All(v => v >= 0));
        double X(int row) => plotLeft + band * (row + 0.5);

        ValueAxis.Write(svg, scale, plotLeft, plotRight);
        svg.Open("g", ("class", "chart-marks"));
        for (var s = 0; s < table.Series.Count; s++)
        {
            var points = string.Join(" ", table.Rows.Select((r, i) => $"{SvgWriter.Number(X(i))},{SvgWriter.Number(scale.Map(r.Values[s]))}"));
            svg.Empty("polyline", ("points", points), ("fill", "none"), ("stroke", Palette.ColorOf(s)), ("stroke-width", 2.5),
                ("stroke-dasharray", LineMarks.DashOf(s)), ("stroke-linejoin", "round"), ("class", $"chart-line chart-series-{s + 1}"));
            for (var i = 0; i < table.Rows.Count; i++)
            {
                LineMarks.WriteMarker(svg, s, X(i), scale.Map(table.Rows[i].Values[s]));
            }
        }
        svg.Close("g");

        if (multi)
        {
            WriteEndLabels(svg, table, scale, X(table.Rows.Count - 1) + 10);
        }
        else
        {
            WritePointLabels(svg, table, scale, X, band);
        }

        var labelLines = WriteCategoryLabels(svg, table, X, band, plotBottom);
        return plotBottom + 6 + labelLines * ChartTheme.SmallLineHeight + ChartTheme.Padding;
    }

    private static void WritePointLabels(SvgWriter svg, DataTable table, LinearScale scale, Func<int, double> x, double band)
    {
        var labels = table.Rows.Select(r => VietnameseNumberFormat.Compact(r.Value)).ToList();
        var allFit = labels.All(l => TextMetrics.Width(l, ChartTheme.SmallFontSize) <= band - 4);
        var maxIndex = table.Rows.Select((r, i) => (r.Value, i)).MaxBy(p => p.Value).i;
        for (var i = 0; i < labels.Count; i++)
        {
            if (allFit || i == 0 || i == labels.Count - 1 || i == maxIndex)
            {
                var y = scale.Map(table.Rows[i].Value);
                var labelY = IsInValley(table.Rows, i) ? y + 10 + ChartTheme.SmallFontSize * 0.8 : y - 10;
                SvgText.Write(svg, labels[i], x(i), labelY, ChartTheme.SmallFontSize, "middle", cssClass: "chart-value");
            }
        }
    }

    /// <summary>Where the line comes down to a point, a label above it would sit on the line: put it below.</summary>
    private static bool IsInValley(IReadOnlyList<DataRow> rows, int i)
    {
        var neighbours = new[] { i - 1, i + 1 }.Where(n => n >= 0 && n < rows.Count).Select(n => rows[n].Value).ToList();
        return neighbours.Average() > rows[i].Value;
    }

    /// <summary>Last values at the right end of each line, pushed apart so they never overlap.</summary>
    private static void WriteEndLabels(SvgWriter svg, DataTable table, LinearScale scale, double x)
    {
        var last = table.Rows[^1];
        var placed = Enumerable.Range(0, table.Series.Count)
            .Select(s => (Series: s, Y: scale.Map(last.Values[s]) + ChartTheme.SmallFontSize * 0.35))
            .OrderBy(p => p.Y)
            .ToList();
        for (var i = 1; i < placed.Count; i++)
        {
            if (placed[i].Y - placed[i - 1].Y < ChartTheme.SmallLineHeight)
            {
                placed[i] = placed[i] with { Y = placed[i - 1].Y + ChartTheme.SmallLineHeight };
            }
        }
        foreach (var (series, y) in placed)
        {
            SvgText.Write(svg, VietnameseNumberFormat.Compact(last.Values[series]), x, y, ChartTheme.SmallFontSize,
                fill: Palette.ColorOf(series), cssClass: "chart-value");
        }
    }

    /// <summary>Writes every k-th category label, with k the smallest step at which labels fit; returns the line count.</summary>
    private static int WriteCategoryLabels(SvgWriter svg, DataTable table, Func<int, double> x, double band, double plotBottom)
    {
        for (var step = 1; ; step++)
        {
            var room = band * step - 4;
            var shown = Enumerable.Range(0, table.Rows.Count).Where(i => i % step == 0)
                .Select(i => (Index: i, Lines: TextMetrics.Wrap(table.Rows[i].Label, room, ChartTheme.SmallFontSize)))
                .ToList();
            var fits = shown.All(l => l.Lines.Count <= MaxLabelLines && TextMetrics.Fits(l.Lines, room, ChartTheme.SmallFontSize));
            if (!fits && step < table.Rows.Count)
            {
                continue;
            }
            foreach (var (index, lines) in shown)
            {
                SvgText.Write(svg, lines, x(index), plotBottom + 6 + ChartTheme.SmallFontSize, ChartTheme.SmallFontSize,
                    "middle", cssClass: "chart-category");
            }
            return shown.Max(l => l.Lines.Count);
        }
    }
}
