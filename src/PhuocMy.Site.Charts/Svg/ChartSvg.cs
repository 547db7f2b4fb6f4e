namespace PhuocMy.Site.Charts.Svg;

/// <summary>Draws the SVG of a data table: picks the drawing for its chart type and wraps it with title, desc and patterns.</summary>
internal static class ChartSvg
{
    public static string Render(DataTable table, string idPrefix)
    {
        var body = new SvgWriter();
        var height = table.Chart switch
        {
            ChartType.Line => LineChart.Draw(body, table, idPrefix),
            ChartType.Progress => ProgressChart.Draw(body, table, idPrefix),
            ChartType.Share => ShareChart.Draw(body, table, idPrefix),
            ChartType.BarHorizontal => HorizontalBarChart.Draw(body, table, idPrefix),
            // TryDraw writes nothing when it declines, so the horizontal layout starts from an empty body.
            _ => VerticalBarChart.TryDraw(body, table, idPrefix) ?? HorizontalBarChart.Draw(body, table, idPrefix),
        };

        var titleId = idPrefix + "-title";
        var descId = idPrefix + "-desc";
        var svg = new SvgWriter();
        svg.Open("svg", ("xmlns", "http://www.w3.org/2000/svg"), ("class", "chart-svg chart-" + ChartTypeNames.ToJson(table.Chart)),
            ("viewBox", $"0 0 {SvgWriter.Number(ChartTheme.Width)} {SvgWriter.Number(Math.Ceiling(height))}"),
            ("width", ChartTheme.Width), ("height", Math.Ceiling(height)),
            ("role", "img"), ("aria-labelledby", $"{titleId} {descId}"));
        svg.Element("title", table.Title, ("id", titleId));
        svg.Element("desc", ChartDescription.For(table), ("id", descId));
        svg.Open("defs");
        Palette.WritePatterns(svg, idPrefix, PatternsOf(table));
        svg.Close("defs");
        svg.Raw(body.ToString());
        svg.Close("svg");
        return svg.ToString();
    }

    private static IReadOnlyList<SeriesPattern> PatternsOf(DataTable table)
    {
        if (table.Chart == ChartType.Share)
        {
            var all = Enum.GetValues<SeriesPattern>();
            return table.Rows.Select((_, i) => all[i % all.Length]).ToList();
        }
        return table.Chart == ChartType.Line ? [] : table.Series.Select(s => s.Pattern).ToList();
    }
}
