namespace PhuocMy.Site.Charts.Svg;

/// <summary>Writes (possibly multi-line) text; line 1's baseline is at <c>y</c>, later lines follow at the line height.</summary>
internal static class SvgText
{
    public static void Write(SvgWriter svg, IReadOnlyList<string> lines, double x, double y, double fontSize,
        string anchor = "start", string fill = ChartTheme.TextColor, string cssClass = "chart-label", string? fontWeight = null)
    {
        svg.Open("text", ("x", x), ("y", y), ("font-size", fontSize), ("text-anchor", anchor == "start" ? null : anchor),
            ("fill", fill), ("font-weight", fontWeight), ("class", cssClass));
        if (lines.Count == 1)
        {
            svg.Text(lines[0]);
        }
        else
        {
            for (var i = 0; i < lines.Count; i++)
            {
                svg.Element("tspan", lines[i], ("x", x), ("dy", i == 0 ? 0 : fontSize * 1.45));
            }
        }
        svg.Close("text");
    }

    public static void Write(SvgWriter svg, string text, double x, double y, double fontSize,
        string anchor = "start", string fill = ChartTheme.TextColor, string cssClass = "chart-label", string? fontWeight = null) =>
        Write(svg, [text], x, y, fontSize, anchor, fill, cssClass, fontWeight);

    /// <summary>A value label on a patterned mark: white backing so the dark text stays readable.</summary>
    public static void WriteOnChip(SvgWriter svg, string text, double centerX, double centerY, double fontSize)
    {
        var width = TextMetrics.Width(text, fontSize) + 6;
        var height = fontSize * 1.35;
        svg.Empty("rect", ("x", centerX - width / 2), ("y", centerY - height / 2), ("width", width), ("height", height),
            ("rx", 3), ("fill", ChartTheme.White), ("fill-opacity", 0.92));
        Write(svg, text, centerX, centerY + fontSize * 0.35, fontSize, "middle", cssClass: "chart-value");
    }
}
