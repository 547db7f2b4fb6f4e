namespace PhuocMy.Site.Charts.Svg;

/// <summary>"Đơn vị: triệu đồng" above the plot: chart labels are compact, so the unit is stated once here.</summary>
internal static class UnitCaption
{
    public static double Write(SvgWriter svg, DataTable table, double top)
    {
        SvgText.Write(svg, $"Đơn vị: {table.UnitWithScale}", ChartTheme.Padding, top + ChartTheme.SmallFontSize,
            ChartTheme.SmallFontSize, fill: ChartTheme.MutedTextColor, cssClass: "chart-unit");
        return top + ChartTheme.SmallLineHeight + 4;
    }
}
