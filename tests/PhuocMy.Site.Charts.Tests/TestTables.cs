using System.Runtime.CompilerServices;

namespace PhuocMy.Site.Charts.Tests;

/// <summary>Small tables for tests, loaded through the real loader so they are valid by construction.</summary>
internal static class TestTables
{
    public static DataTable Load(string id, string json)
    {
        var result = DataTableLoader.Load($"input/data/{id}.json", id, json);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.Table!;
    }

    public static string RepositoryRoot() => Path.GetFullPath(Path.Combine(ThisFolder(), "..", ".."));

    private static string ThisFolder([CallerFilePath] string thisFile = "") => Path.GetDirectoryName(thisFile)!;

    public static DataTable Progress() => Load("tien-do", """
        {
          "id": "tien-do", "title": "Thu ngân sách đạt 28% kế hoạch", "subtitle": "Đến 30/6/2020",
          "unit": "đồng", "source": "UBND phường", "note": "Kế hoạch được suy ra.", "date": "2020-06-30",
          "chart": "progress",
          "rows": [{ "label": "So với kế hoạch", "value": 8670000000, "target": 30964285714, "targetLabel": "Kế hoạch quận giao" }]
        }
        """);

    public static DataTable Bar(string chart = "bar") => Load("ho-so", $$"""
        {
          "id": "ho-so", "title": "Xét duyệt 1.337 hồ sơ", "unit": "hồ sơ", "source": "UBND phường", "chart": "{{chart}}",
          "rows": [{ "label": "Tiếp nhận, thẩm định", "value": 2280 }, { "label": "Xét duyệt", "value": 1337 }]
        }
        """);

    public static DataTable MultiSeries(string chart) => Load("nhom", $$"""
        {
          "id": "nhom", "title": "Hồ sơ theo nhóm", "unit": "hồ sơ", "chart": "{{chart}}", "sample": true,
          "series": [{ "name": "Tiếp nhận" }, { "name": "Được duyệt" }],
          "rows": [
            { "label": "Lao động", "values": [820, 410] },
            { "label": "Hộ kinh doanh", "values": [460, 215] },
            { "label": "Người có công", "values": [650, 512] }
          ]
        }
        """);

    public static DataTable Line() => Load("theo-quy", """
        {
          "id": "theo-quy", "title": "Thu ngân sách theo quý", "unit": "đồng", "scale": "triệu", "chart": "line",
          "rows": [
            { "label": "Quý 1/2019", "value": 6750 }, { "label": "Quý 2/2019", "value": 6938 },
            { "label": "Quý 1/2020", "value": 4350 }, { "label": "Quý 2/2020", "value": 4320 }
          ]
        }
        """);

    public static DataTable Share() => Load("co-cau", """
        {
          "id": "co-cau", "title": "Cơ cấu hồ sơ được duyệt", "unit": "hồ sơ", "chart": "share",
          "rows": [{ "label": "Người có công", "value": 512 }, { "label": "Lao động", "value": 410 }, { "label": "Khác", "value": 415 }]
        }
        """);

    public static IEnumerable<(string Name, DataTable Table)> OnePerChartType() =>
    [
        ("bar", Bar()),
        ("bar-horizontal", Bar("bar-horizontal")),
        ("grouped-bar", MultiSeries("grouped-bar")),
        ("stacked-bar", MultiSeries("stacked-bar")),
        ("line", Line()),
        ("progress", Progress()),
        ("share", Share()),
    ];
}
