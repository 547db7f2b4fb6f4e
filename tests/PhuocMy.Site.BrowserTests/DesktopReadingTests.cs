using Microsoft.Playwright;

namespace PhuocMy.Site.BrowserTests;

/// <summary>
/// On a 1280 px desktop an article reads at a comfortable line length, its images and charts keep to the text column,
/// a data page's chart uses the room it has, and a side column shows the latest documents, this week's schedule and
/// the data section.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class DesktopReadingTests(SiteFixture site)
{
    private const string PostWithImageAndCharts = "/tin-tuc/hoi-nghi-so-ket-6-thang-dau-nam-2020/";

    // Characters per line of the longest paragraph: its text length over the number of lines it is laid out on.
    private const string CharactersPerLine = """
        () => {
          const paragraphs = [...document.querySelectorAll('.post-body > p')];
          const p = paragraphs.reduce((a, b) => (b.textContent.length > a.textContent.length ? b : a));
          const range = document.createRange(); range.selectNodeContents(p);
          const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
          return { characters: p.textContent.trim().length, lines: tops.size };
        }
        """;

    [Fact]
    public async Task Article_lines_hold_about_65_to_75_characters()
    {
        var (context, page) = await ReaderView.Desktop.OpenAsync(site.Browser);
        await using var _ = context;
        await page.GotoAsync(site.Server.UrlOf(PostWithImageAndCharts).ToString());

        var measured = await page.EvaluateAsync<LineCount>(CharactersPerLine);
        Assert.True(measured.Lines >= 4, $"The longest paragraph has only {measured.Lines} lines");
        // The last line is on average half full.
        var perLine = measured.Characters / (measured.Lines - 0.5);
        Assert.True(perLine is >= 60 and <= 80, $"Article lines hold about {perLine:0} characters at 1280 px ({measured.Characters} characters on {measured.Lines} lines)");
    }

    [Fact]
    public async Task Images_and_charts_in_an_article_keep_to_the_text_column()
    {
        var (context, page) = await ReaderView.Desktop.OpenAsync(site.Browser);
        await using var _ = context;
        await page.GotoAsync(site.Server.UrlOf(PostWithImageAndCharts).ToString());

        var column = (await page.Locator(".post-body > p").First.BoundingBoxAsync())!;
        var figures = page.Locator(".post-body img, .post-body svg.chart-svg");
        Assert.True(await figures.CountAsync() >= 2, "The test post should have an image and a chart");
        foreach (var figure in await figures.AllAsync())
        {
            var box = (await figure.BoundingBoxAsync())!;
            Assert.True(box.X >= column.X - 1 && box.X + box.Width <= column.X + column.Width + 1,
                $"A figure spans {box.X:0}–{box.X + box.Width:0} px, outside the text column {column.X:0}–{column.X + column.Width:0} px");
            Assert.True(box.Width >= column.Width * 0.6, $"A figure is {box.Width:0} px wide in a {column.Width:0} px column");
        }
    }

    [Fact]
    public async Task A_data_page_chart_uses_the_room_it_has()
    {
        var (context, page) = await ReaderView.Desktop.OpenAsync(site.Browser);
        await using var _ = context;
        await page.GotoAsync(site.Server.UrlOf("/so-lieu/thu-ngan-sach-6-thang-2020/").ToString());

        var chart = (await page.Locator("main svg.chart-svg").First.BoundingBoxAsync())!;
        var heading = (await page.Locator("main h1").BoundingBoxAsync())!;
        Assert.True(chart.Width >= 500, $"The chart is {chart.Width:0} px wide on a 1280 px screen");
        Assert.True(chart.X >= heading.X - 1, "The chart starts left of the page's heading");
    }

    [Fact]
    public async Task A_side_column_shows_the_latest_documents_this_weeks_schedule_and_the_data_section()
    {
        var (context, page) = await ReaderView.Desktop.OpenAsync(site.Browser);
        await using var _ = context;
        await page.GotoAsync(site.Server.UrlOf(PostWithImageAndCharts).ToString());

        var aside = page.GetByRole(AriaRole.Complementary);
        await Assertions.Expect(aside).ToBeVisibleAsync();
        var main = (await page.Locator("main").BoundingBoxAsync())!;
        var side = (await aside.BoundingBoxAsync())!;
        Assert.True(side.X >= main.X + main.Width, "The side column should sit beside the article, not under it");
        Assert.Equal(5, await aside.Locator("section[aria-labelledby=cot-van-ban] li a[href^='/van-ban/']").CountAsync());
        Assert.True(await aside.Locator("section[aria-labelledby=cot-lich] li").CountAsync() >= 5, "This week's schedule is missing");
        await Assertions.Expect(aside.GetByRole(AriaRole.Link, new() { Name = "Lịch công tác" })).ToHaveAttributeAsync("href", "/lich-cong-tac/");
        Assert.True(await aside.Locator("section[aria-labelledby=cot-so-lieu] li a[href^='/so-lieu/']").CountAsync() >= 3, "The data section is missing");
    }

    [Fact]
    public async Task On_a_phone_the_side_column_waits_at_the_end_of_the_home_page_only()
    {
        var (context, page) = await ReaderView.Phone.OpenAsync(site.Browser);
        await using var _ = context;
        await page.GotoAsync(site.Server.UrlOf("/").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Complementary)).ToBeVisibleAsync();
        var main = (await page.Locator("main").BoundingBoxAsync())!;
        var side = (await page.GetByRole(AriaRole.Complementary).BoundingBoxAsync())!;
        Assert.True(side.Y >= main.Y + main.Height, "On a phone the side column comes after the content");

        await page.GotoAsync(site.Server.UrlOf(PostWithImageAndCharts).ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Complementary)).ToBeHiddenAsync();
    }

    private sealed class LineCount
    {
        public int Characters { get; init; }
        public int Lines { get; init; }
    }
}
