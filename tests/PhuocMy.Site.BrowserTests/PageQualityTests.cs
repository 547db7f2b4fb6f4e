using Microsoft.Playwright;

namespace PhuocMy.Site.BrowserTests;

[Collection(SiteCollection.Name)]
public sealed class PageQualityTests(SiteFixture site)
{
    private static readonly int[] ScreenshotWidths = [360, 1280];

    [Theory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task Page_loads_without_errors_and_is_screenshotted(string path, int expectedStatus)
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page);

        var response = await page.GotoAsync(site.Server.UrlOf(path).ToString(), new() { WaitUntil = WaitUntilState.NetworkIdle });

        AssertStatus(path, expectedStatus, response);
        Assert.False(string.IsNullOrWhiteSpace(await page.GetAttributeAsync("html", "lang")), $"{path}: <html> has no lang attribute");
        await SaveScreenshotsAsync(page, path);
        Assert.True(problems.All.Count == 0, $"{path} had problems while loading:{Environment.NewLine}{string.Join(Environment.NewLine, problems.All)}");
    }

    [Theory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task Page_has_no_wcag_21_aa_violations_at_phone_and_desktop_width(string path, int expectedStatus)
    {
        var report = new List<string>();
        foreach (var width in ScreenshotWidths)
        {
            await using var context = await site.NewContextAsync(width);
            var page = await context.NewPageAsync();
            var response = await page.GotoAsync(site.Server.UrlOf(path).ToString(), new() { WaitUntil = WaitUntilState.NetworkIdle });
            AssertStatus(path, expectedStatus, response);

            var violations = await AxeScan.ViolationsAsync(page);
            if (violations.Count > 0)
                report.Add($"at {width} px:{Environment.NewLine}{AxeScan.Describe(violations)}");
        }

        Assert.True(report.Count == 0, $"axe found WCAG 2.1 AA violations on {path}:{Environment.NewLine}{string.Join(Environment.NewLine, report)}");
    }

    private static void AssertStatus(string path, int expectedStatus, IResponse? response) =>
        Assert.True(response?.Status == expectedStatus,
            $"{path} answered HTTP {response?.Status.ToString() ?? "nothing"}, expected {expectedStatus}" +
            (response?.Status == 404 ? " (the site has no such page yet)" : ""));

    private static async Task SaveScreenshotsAsync(IPage page, string path)
    {
        var folder = Path.Combine(ToolPaths.Artifacts, "screenshots");
        Directory.CreateDirectory(folder);
        foreach (var width in ScreenshotWidths)
        {
            await page.SetViewportSizeAsync(width, 800);
            await page.ScreenshotAsync(new() { FullPage = true, Path = Path.Combine(folder, $"{SitePages.FileNameOf(path)}-{width}.png") });
        }
    }
}
