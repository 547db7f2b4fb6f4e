using Microsoft.Playwright;

namespace PhuocMy.Site.BrowserTests;

/// <summary>
/// WCAG 2.1 AA 1.4.10 Reflow and 1.4.4 Resize text: every kind of page, on a 320 px screen and on a 360 px phone with
/// text at 200%, is no wider than the screen, has no link in its content out of sight to the right, and keeps the skip
/// link hidden until it has focus. A full-page screenshot of each is kept with the test artifacts.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ReflowTests(SiteFixture site)
{
    private static readonly Dictionary<string, ReaderView> Views = new()
    {
        ["320"] = ReaderView.SmallPhone,
        ["360-chu-200"] = ReaderView.PhoneLargeText,
    };

    public static TheoryData<string, string> PagesAndViews()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in SitePages.All)
        {
            foreach (var view in Views.Keys)
                data.Add(row.Data.Item1, view);
        }
        return data;
    }

    // What overflows, for the failure message: the widest elements that reach past the screen, outside scroll boxes.
    private const string Measure = """
        () => {
          const width = document.documentElement.clientWidth;
          const inScrollBox = el => { for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
              const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return true; } return false; };
          const describe = el => `<${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? ' class="' + el.className + '"' : ''}> ${Math.round(el.getBoundingClientRect().right)} px`;
          const linksBeyond = [...document.querySelectorAll('main a[href]')]
            .filter(a => { const r = a.getBoundingClientRect(); return r.width > 0 && r.height > 0 && r.left >= width; })
            .map(a => `${a.getAttribute('href')} «${a.textContent.trim().slice(0, 60)}» starts at ${Math.round(a.getBoundingClientRect().left)} px`);
          const wide = [...document.body.querySelectorAll('*')]
            .filter(el => { const r = el.getBoundingClientRect(); return r.width > 1 && r.right > width + 0.5 && !inScrollBox(el); })
            .slice(0, 6).map(describe);
          return { width, documentWidth: document.documentElement.scrollWidth, linksBeyond, wide };
        }
        """;

    private const string SkipLinkBox = """
        () => {
          const r = document.querySelector('.skip-link').getBoundingClientRect();
          return { width: r.width, height: r.height, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
        }
        """;

    [Theory]
    [MemberData(nameof(PagesAndViews))]
    public async Task Page_fits_the_screen_without_sideways_scrolling(string path, string viewName)
    {
        var view = Views[viewName];
        var (context, page) = await view.OpenAsync(site.Browser);
        await using var _ = context;
        await page.GotoAsync(site.Server.UrlOf(path).ToString(), new() { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.Equal(16.0 * view.TextPercent / 100, await ReaderView.RootFontPxAsync(page));

        var measured = await page.EvaluateAsync<Measurement>(Measure);
        Assert.True(measured.DocumentWidth <= measured.Width,
            $"{path} at {view}: the page is {measured.DocumentWidth} px wide on a {measured.Width} px screen, so it scrolls sideways. " +
            $"Reaching past the edge: {string.Join(", ", measured.Wide)}");
        Assert.True(measured.LinksBeyond.Length == 0,
            $"{path} at {view}: links in <main> start beyond the right edge: {string.Join("; ", measured.LinksBeyond)}");

        var hidden = await page.EvaluateAsync<Box>(SkipLinkBox);
        Assert.True(hidden.Width <= 1 && hidden.Height <= 1 || hidden.Bottom <= 0 || hidden.Right <= 0,
            $"{path} at {view}: the skip link shows before it has focus ({hidden})");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip-link", await page.EvaluateAsync<string>("() => document.activeElement.className"));
        var shown = await page.EvaluateAsync<Box>(SkipLinkBox);
        Assert.True(shown.Width > 20 && shown.Height > 20 && shown.Left >= 0 && shown.Right <= measured.Width && shown.Top >= 0,
            $"{path} at {view}: the focused skip link is not fully on screen ({shown})");

        await page.Keyboard.PressAsync("Shift+Tab");
        await SaveScreenshotAsync(page, path, view);
    }

    /// <summary>
    /// Chromium's full-page capture lays the page out again with the default font size, so with larger text the
    /// window is made as tall as the page (up to a limit) and captured as it is.
    /// </summary>
    private static async Task SaveScreenshotAsync(IPage page, string path, ReaderView view)
    {
        const int TallestCapture = 8000;
        var folder = Path.Combine(ToolPaths.Artifacts, "screenshots", "reflow");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{SitePages.FileNameOf(path)}-{view.Name}.png");
        if (view.TextPercent == 100)
        {
            await page.ScreenshotAsync(new() { FullPage = true, Path = file });
            return;
        }
        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        await page.SetViewportSizeAsync(view.Width, Math.Min(height, TallestCapture));
        await page.ScreenshotAsync(new() { Path = file });
    }

    private sealed class Measurement
    {
        public double Width { get; init; }
        public double DocumentWidth { get; init; }
        public string[] LinksBeyond { get; init; } = [];
        public string[] Wide { get; init; } = [];
    }

    private sealed class Box
    {
        public double Width { get; init; }
        public double Height { get; init; }
        public double Left { get; init; }
        public double Top { get; init; }
        public double Right { get; init; }
        public double Bottom { get; init; }

        public override string ToString() => $"{Width:0}×{Height:0} at ({Left:0}, {Top:0})";
    }
}
