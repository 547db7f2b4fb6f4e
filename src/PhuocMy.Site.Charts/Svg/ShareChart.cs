using PhuocMy.Site.Formatting;
namespace PhuocMy.Site.Charts.Svg;

/// <summary>Parts of a whole as one 100% bar, with a labelled key giving each part's share and amount.</summary>
internal static class ShareChart
{
    private const double BarHeight = 34;
    private const double SwatchSize = 16;

    public static double Draw(SvgWriter svg, DataTable table, string idPrefix)
    {
        var total = table.Rows.Sum(r => r.Value);
        var left = ChartTheme.Padding;
        var width = ChartTheme.Width - 2 * ChartTheme.Padding;
        var y = ChartTheme.Padding;

        svg.Open("g", ("class", "chart-marks"));
        var x = left;
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var segment = (double)(table.Rows[i].Value / total) * width;
            svg.Empty("rect", ("x", x), ("y", y), ("width", segment), ("height", BarHeight), ("fill", Palette.FillOf(idPrefix, i)),
                ("stroke", ChartTheme.White), ("stroke-width", 1.5), ("class", $"chart-bar chart-series-{i + 1}"));
            var percent = VietnameseNumberFormat.Ratio(table.Rows[i].Value, total, 1);
            if (TextMetrics.Width(percent, ChartTheme.SmallFontSize) + 10 <= segment)
            {
                SvgText.WriteOnChip(svg, percent, x + segment / 2, y + BarHeight / 2, ChartTheme.SmallFontSize);
            }
            x += segment;
        }
        svg.Close("g");
        y += BarHeight + 14;

        svg.Open("g", ("class", "chart-legend"));
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            var text = $"{row.Label}: {VietnameseNumberFormat.Ratio(row.Value, total, 1)} "
                + $"({VietnameseNumberFormat.Amount(row.Value, table.Unit, table.Scale)})";
            var lines = TextMetrics.Wrap(text, width - SwatchSize - 8, ChartTheme.FontSize);
            svg.Empty("rect", ("x", left), ("y", y + 2), ("width", SwatchSize), ("height", SwatchSize),
                ("fill", Palette.FillOf(idPrefix, i)), ("stroke", Palette.ColorOf(i)), ("stroke-width", 1));
            SvgText.Write(svg, lines, left + SwatchSize + 8, y + ChartTheme.FontSize, ChartTheme.FontSize);
            y += lines.Count * ChartTheme.LineHeight + 6;
        }
        svg.Close("g");
        return y + ChartTheme.Padding;
    }
}
