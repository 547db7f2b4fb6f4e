using Microsoft.Playwright;

namespace PhuocMy.Site.BrowserTests;

/// <summary>
/// What Lighthouse reports as Cumulative Layout Shift, measured in the page: nothing moves while a reader scrolls
/// through the home page, a post, the registry and a data page, on a phone and on a desktop, as images load.
/// (Lighthouse itself needs a network; the build-time check that every &lt;img&gt; has a size is the cause-side guard.)
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class LayoutStabilityTests(SiteFixture site)
{
    public static TheoryData<string, int> PagesAndWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (var path in new[] { "/", "/tin-tuc/hoi-nghi-so-ket-6-thang-dau-nam-2020/", "/chuyen-muc/tin-tuc-su-kien/", "/van-ban/", "/so-lieu/thu-ngan-sach-6-thang-2020/" })
        {
            data.Add(path, 360);
            data.Add(path, 1280);
        }
        return data;
    }

    // Starts observing before the page's first byte, so shifts during loading are counted too.
    private const string ObserveShifts = """
        window.__shifts = [];
        new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(
          { value: e.value, nodes: (e.sources || []).map(s => s.node ? (s.node.outerHTML || s.node.textContent || '').slice(0, 100) : '') }); })
          .observe({ type: 'layout-shift', buffered: true });
        """;

    [Theory]
    [MemberData(nameof(PagesAndWidths))]
    public async Task Nothing_shifts_while_the_page_loads_and_the_reader_scrolls(string path, int width)
    {
        var (total, shifts) = await LayoutShiftAsync(width, page => page.GotoAsync(site.Server.UrlOf(path).ToString(), new() { WaitUntil = WaitUntilState.DOMContentLoaded }));
        Assert.True(total < 0.01, $"{path} at {width} px shifted by {total:0.000} (CLS): {shifts}");
    }

    [Fact]
    public async Task The_measure_sees_an_image_without_a_size_push_the_text_down()
    {
        var image = site.Server.UrlOf("/images/hoi-nghi-so-ket-2020.svg");
        var (total, _) = await LayoutShiftAsync(1280, page => page.GotoAsync(site.Server.UrlOf("/khong-ton-tai/").ToString(), new() { WaitUntil = WaitUntilState.DOMContentLoaded }),
            page => page.EvaluateAsync("src => { const img = new Image(); img.alt = ''; img.src = src; document.querySelector('main').prepend(img); }", image.ToString()));
        Assert.True(total > 0.05, $"An image without a size loading late should shift the page, but CLS was {total:0.000}");
    }

    /// <summary>
    /// Opens a page with its images held back until the text has been laid out and painted (as on a slow phone
    /// connection), then lets them load and scrolls through the page a screen at a time so lazy images load too.
    /// </summary>
    private async Task<(double Total, string Shifts)> LayoutShiftAsync(int width, Func<IPage, Task> open, Func<IPage, Task>? afterPaint = null)
    {
        await using var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 720 }, Locale = "vi-VN" });
        await context.AddInitScriptAsync(ObserveShifts);
        var page = await context.NewPageAsync();
        var painted = new TaskCompletionSource();
        await page.RouteAsync(url => url.Contains("/images/", StringComparison.Ordinal), async route =>
        {
            await painted.Task;
            await route.ContinueAsync();
        });

        await open(page);
        await page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
        if (afterPaint is not null) await afterPaint(page);
        painted.SetResult();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        for (var y = 0; y < height; y += 600)
        {
            await page.EvaluateAsync("y => window.scrollTo(0, y)", y);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }
        await page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");

        var shifts = await page.EvaluateAsync<Shift[]>("() => window.__shifts");
        return (shifts.Sum(s => s.Value), string.Join("; ", shifts.Select(s => $"{s.Value:0.000} {string.Join(", ", s.Nodes)}")));
    }

    [Theory]
    [MemberData(nameof(SitePages.Paths), MemberType = typeof(SitePages))]
    public async Task Every_image_in_the_page_has_its_width_and_height(string path)
    {
        await using var context = await site.NewContextAsync(360);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.UrlOf(path).ToString());

        var unsized = await page.EvaluateAsync<string[]>("""
            () => [...document.images].filter(img => !(parseInt(img.getAttribute('width')) > 0 && parseInt(img.getAttribute('height')) > 0))
                                      .map(img => img.outerHTML)
            """);
        Assert.True(unsized.Length == 0, $"{path}: images without width and height: {string.Join(", ", unsized)}");
    }

    private sealed class Shift
    {
        public double Value { get; init; }
        public string[] Nodes { get; init; } = [];
    }
}
