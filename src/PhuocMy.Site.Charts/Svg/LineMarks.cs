namespace PhuocMy.Site.Charts.Svg;

/// <summary>Per-series line styles for line charts: a dash pattern and a marker shape, so colour is not needed.</summary>
internal static class LineMarks
{
    private static readonly string?[] DashArrays = [null, "7 4", "2 3", "10 3 2 3", "4 4", "12 4"];

    public static string? DashOf(int seriesIndex) => DashArrays[seriesIndex % DashArrays.Length];

    public static void WriteMarker(SvgWriter svg, int seriesIndex, double x, double y)
    {
        var color = Palette.ColorOf(seriesIndex);
        const double r = 4.5;
        switch (seriesIndex % 4)
        {
            case 0:
                svg.Empty("circle", ("cx", x), ("cy", y), ("r", r), ("fill", color), ("stroke", ChartTheme.White), ("stroke-width", 1.5));
                break;
            case 1:
                svg.Empty("rect", ("x", x - r), ("y", y - r), ("width", 2 * r), ("height", 2 * r), ("fill", color),
                    ("stroke", ChartTheme.White), ("stroke-width", 1.5));
                break;
            case 2:
                svg.Empty("path", ("d", $"M{SvgWriter.Number(x)} {SvgWriter.Number(y - r - 1)}l{SvgWriter.Number(r + 1)} {SvgWriter.Number(2 * r)}h{SvgWriter.Number(-2 * r - 2)}z"),
                    ("fill", color), ("stroke", ChartTheme.White), ("stroke-width", 1.5));
                break;
            default:
                svg.Empty("path", ("d", $"M{SvgWriter.Number(x)} {SvgWriter.Number(y - r - 1)}l{SvgWriter.Number(r + 1)} {SvgWriter.Number(r + 1)}l{SvgWriter.Number(-r - 1)} {SvgWriter.Number(r + 1)}l{SvgWriter.Number(-r - 1)} {SvgWriter.Number(-r - 1)}z"),
                    ("fill", color), ("stroke", ChartTheme.White), ("stroke-width", 1.5));
                break;
        }
    }

    public static void WriteLegendSample(SvgWriter svg, int seriesIndex, double x, double y, double length)
    {
        svg.Empty("line", ("x1", x), ("y1", y), ("x2", x + length), ("y2", y), ("stroke", Palette.ColorOf(seriesIndex)),
            ("stroke-width", 2.5), ("stroke-dasharray", DashOf(seriesIndex)));
        WriteMarker(svg, seriesIndex, x + length / 2, y);
    }
}
