namespace PhuocMy.Site.Charts;

/// <summary>The kinds of chart a data table can ask for (JSON <c>chart</c> field).</summary>
public enum ChartType
{
    Bar,
    BarHorizontal,
    GroupedBar,
    StackedBar,
    Line,
    Progress,
    Share,
}
