using Microsoft.Playwright;

namespace PhuocMy.Site.BrowserTests;

/// <summary>A data table's page draws its chart, and the table view opens without any script.</summary>
[Collection(SiteCollection.Name)]
public sealed class ChartPageTests(SiteFixture site)
{
    private const string ChartPage = "/so-lieu/thu-ngan-sach-6-thang-2020/";

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task The_chart_is_drawn_inside_the_page_width(int width)
    {
        await using var context = await site.NewContextAsync(width);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.UrlOf(ChartPage).ToString());

        var chart = page.Locator("figure svg[role=img]").First;
        await Assertions.Expect(chart).ToBeVisibleAsync();
        var box = await chart.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Width > 200 && box.Height > 50, $"chart is {box.Width}×{box.Height}");
        Assert.True(box.X >= 0 && box.X + box.Width <= width, $"chart spans {box.X}..{box.X + box.Width} in a {width} px window");
        Assert.Contains("8.670.000.000", await chart.TextContentAsync());
    }

    [Fact]
    public async Task The_table_view_opens_with_javascript_turned_off()
    {
        var context = await site.Browser.NewContextAsync(new() { JavaScriptEnabled = false, Locale = "vi-VN" });
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.UrlOf(ChartPage).ToString());

        var table = page.Locator("figure details table").First;
        await Assertions.Expect(table).ToBeHiddenAsync();
        await page.Locator("figure details summary").First.ClickAsync();
        await Assertions.Expect(table).ToBeVisibleAsync();
        Assert.Contains("63,34", await table.TextContentAsync());
    }

    [Fact]
    public async Task The_csv_download_is_served_as_utf8_text()
    {
        await using var context = await site.NewContextAsync();
        var response = await context.APIRequest.GetAsync(site.Server.UrlOf("/so-lieu/thu-ngan-sach-6-thang-2020.csv").ToString());
        Assert.Equal(200, response.Status);
        Assert.Contains("text/csv", response.Headers["content-type"]);
        Assert.Contains("Kế hoạch", await response.TextAsync(), StringComparison.OrdinalIgnoreCase);
    }
}
