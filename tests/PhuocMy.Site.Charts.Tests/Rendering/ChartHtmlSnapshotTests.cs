using PhuocMy.Site.Testing;

namespace PhuocMy.Site.Charts.Tests.Rendering;

public class ChartHtmlSnapshotTests
{
    public static TheoryData<string> ChartTypes => new(TestTables.OnePerChartType().Select(c => c.Name));

    [Theory]
    [MemberData(nameof(ChartTypes))]
    public void FigureMatchesSnapshot(string chartType)
    {
        var table = TestTables.OnePerChartType().Single(c => c.Name == chartType).Table;
        var html = ChartHtml.Render(table, new ChartRenderOptions($"/du-lieu/{table.Id}.csv", $"chart-{table.Id}-1"));
        HtmlSnapshot.Match(html, "chart-" + chartType);
    }
}
