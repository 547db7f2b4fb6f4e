using PhuocMy.Site.Formatting;
using PhuocMy.Site.Charts.Scales;

namespace PhuocMy.Site.Charts.Svg;

/// <summary>The vertical value axis: tick labels at the left and light grid lines across the plot.</summary>
internal static class ValueAxis
{
    public static double LabelWidth(LinearScale scale) =>
        scale.Ticks.Max(t => TextMetrics.Width(VietnameseNumberFormat.Compact(t), ChartTheme.SmallFontSize));

    public static void Write(SvgWriter svg, LinearScale scale, double plotLeft, double plotRight)
    {
        svg.Open("g", ("class", "chart-axis"));
        foreach (var tick in scale.Ticks)
        {
            var y = scale.Map(tick);
            var isZero = tick == 0;
            svg.Empty("line", ("x1", plotLeft), ("y1", y), ("x2", plotRight), ("y2", y),
                ("stroke", isZero ? ChartTheme.AxisColor : ChartTheme.GridColor), ("stroke-width", isZero ? 1.5 : 1));
            SvgText.Write(svg, VietnameseNumberFormat.Compact(tick), plotLeft - 6, y + ChartTheme.SmallFontSize * 0.35,
                ChartTheme.SmallFontSize, "end", ChartTheme.MutedTextColor, "chart-tick");
        }
        svg.Close("g");
    }
}
