using Microsoft.Playwright;

namespace PhuocMy.Site.BrowserTests;

/// <summary>
/// A chart's table view is the way to its figures for a reader who enlarges text (the drawing's labels do not grow
/// with it): on a phone, with text at 100% and 200%, its caption stays inside the visible box, its first column keeps
/// several words on a line, and a table wider than the box scrolls inside it, never the page.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ChartTablePhoneTests(SiteFixture site)
{
    public static TheoryData<string> Views => new("360", "360-chu-200");

    private const string Measure = """
        () => [...document.querySelectorAll('main figure.chart details')].map(details => {
          const box = details.querySelector('.chart-table-wrap').getBoundingClientRect();
          const caption = details.querySelector('caption').getBoundingClientRect();
          const rowHeaders = [...details.querySelectorAll('tbody th')].map(th => {
            const words = th.textContent.trim().split(/\s+/).length;
            // A cell is as tall as its row, so the lines are counted on the text itself.
            const range = document.createRange(); range.selectNodeContents(th);
            const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top))).size;
            return { text: th.textContent.trim(), words, lines };
          });
          return { boxLeft: box.left, boxRight: box.right, captionLeft: caption.left, captionRight: caption.right, rowHeaders };
        })
        """;

    [Theory]
    [MemberData(nameof(Views))]
    public async Task The_table_view_of_every_chart_reads_on_a_phone(string viewName)
    {
        var view = viewName == "360" ? ReaderView.Phone : ReaderView.PhoneLargeText;
        var (context, page) = await view.OpenAsync(site.Browser);
        await using var _ = context;
        await page.GotoAsync(site.Server.UrlOf("/so-lieu/").ToString());
        foreach (var summary in await page.Locator("main figure.chart details > summary").AllAsync())
            await summary.ClickAsync();

        var tables = await page.EvaluateAsync<TableView[]>(Measure);
        Assert.True(tables.Length >= 5, $"Only {tables.Length} table views on /so-lieu/");
        var problems = new List<string>();
        foreach (var table in tables)
        {
            if (table.CaptionLeft < table.BoxLeft - 1 || table.CaptionRight > table.BoxRight + 1)
                problems.Add($"caption spans {table.CaptionLeft:0}–{table.CaptionRight:0} px in a box {table.BoxLeft:0}–{table.BoxRight:0} px");
            foreach (var header in table.RowHeaders.Where(h => h.Words >= 3 && h.Lines >= h.Words))
                problems.Add($"«{header.Text}» is one word per line ({header.Lines} lines)");
        }
        var documentWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        if (documentWidth > view.Width)
            problems.Add($"the page is {documentWidth} px wide");
        Assert.True(problems.Count == 0, $"/so-lieu/ at {view}:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    private sealed class TableView
    {
        public double BoxLeft { get; init; }
        public double BoxRight { get; init; }
        public double CaptionLeft { get; init; }
        public double CaptionRight { get; init; }
        public RowHeader[] RowHeaders { get; init; } = [];
    }

    private sealed class RowHeader
    {
        public string Text { get; init; } = "";
        public int Words { get; init; }
        public int Lines { get; init; }
    }
}
