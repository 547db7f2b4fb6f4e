namespace PhuocMy.Site.Charts.Svg;

/// <summary>The series key: a patterned swatch (or line sample) and the series name, flowing onto several rows.</summary>
internal static class Legend
{
    private const double SwatchSize = 14;
    private const double Gap = 16;

    /// <returns>The y just below the legend.</returns>
    public static double Write(SvgWriter svg, DataTable table, string idPrefix, double top, bool asLines)
    {
        if (table.Series.Count < 2)
        {
            return top;
        }
        var maxWidth = ChartTheme.Width - 2 * ChartTheme.Padding;
        var x = ChartTheme.Padding;
        var y = top;
        svg.Open("g", ("class", "chart-legend"));
        for (var i = 0; i < table.Series.Count; i++)
        {
            var lines = TextMetrics.Wrap(table.Series[i].Name, maxWidth - SwatchSize - 6, ChartTheme.SmallFontSize);
            var itemWidth = SwatchSize + 6 + lines.Max(l => TextMetrics.Width(l, ChartTheme.SmallFontSize));
            if (x > ChartTheme.Padding && x + itemWidth > ChartTheme.Padding + maxWidth)
            {
                x = ChartTheme.Padding;
                y += ChartTheme.SmallLineHeight + 4;
            }
            var swatchTop = y + (ChartTheme.SmallLineHeight - SwatchSize) / 2;
            if (asLines)
            {
                LineMarks.WriteLegendSample(svg, i, x, swatchTop + SwatchSize / 2, SwatchSize + 8);
                itemWidth += 8;
                x += 8;
            }
            else
            {
                svg.Empty("rect", ("x", x), ("y", swatchTop), ("width", SwatchSize), ("height", SwatchSize),
                    ("fill", Palette.FillOf(idPrefix, i)), ("stroke", Palette.ColorOf(i)), ("stroke-width", 1));
            }
            SvgText.Write(svg, lines, x + SwatchSize + 6, y + ChartTheme.SmallFontSize, ChartTheme.SmallFontSize);
            y += (lines.Count - 1) * ChartTheme.SmallLineHeight;
            x += itemWidth + Gap;
        }
        svg.Close("g");
        return y + ChartTheme.SmallLineHeight + 8;
    }
}
