namespace PhuocMy.Site.Charts;

/// <summary>Maps chart types to their JSON spelling and to the Vietnamese name read out by screen readers.</summary>
public static class ChartTypeNames
{
    private static readonly (ChartType Type, string Json, string Vietnamese)[] Names =
    [
        (ChartType.Bar, "bar", "Biểu đồ cột"),
        (ChartType.BarHorizontal, "bar-horizontal", "Biểu đồ thanh ngang"),
        (ChartType.GroupedBar, "grouped-bar", "Biểu đồ cột nhóm"),
        (ChartType.StackedBar, "stacked-bar", "Biểu đồ cột chồng"),
        (ChartType.Line, "line", "Biểu đồ đường"),
        (ChartType.Progress, "progress", "Biểu đồ tiến độ so với mục tiêu"),
        (ChartType.Share, "share", "Biểu đồ cơ cấu (tỷ trọng các phần trong tổng)"),
    ];

    public static IEnumerable<string> JsonNames => Names.Select(n => n.Json);

    public static bool TryParse(string json, out ChartType type)
    {
        foreach (var name in Names)
        {
            if (name.Json == json)
            {
                type = name.Type;
                return true;
            }
        }
        type = default;
        return false;
    }

    public static string ToJson(ChartType type) => Names.First(n => n.Type == type).Json;

    public static string ToVietnamese(ChartType type) => Names.First(n => n.Type == type).Vietnamese;
}
