using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using PhuocMy.Site.Search.Testing;

namespace PhuocMy.Site.Search.Tests.Browser;

/// <summary>axe-core's WCAG 2.1 A/AA rules on the search page with results, without results, on a phone and on a wide screen.</summary>
public sealed class AccessibilityTests(ChromiumFixture browser, NewsSiteFixture site) : IClassFixture<NewsSiteFixture>
{
    private static readonly string[] WcagAa = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    [Theory]
    [InlineData("ngân sách", 412)]
    [InlineData("ngan sach", 1280)]
    [InlineData("zzzkhongco", 412)]
    [InlineData(null, 412)]
    public async Task The_search_page_has_no_WCAG_AA_violations(string? query, int width)
    {
        // axe is injected as a script, so this context bypasses the CSP; search.js runs the same either way.
        await using var context = await browser.Chromium.NewContextAsync(bypassCsp: true, width: width);
        var page = new SearchPage(await context.NewPageAsync(), site.Server.BaseUrl);
        await page.OpenAsync(query);

        var result = await page.Page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagAa] } });
        Assert.True(result.Violations.Length == 0, string.Join('\n', result.Violations.Select(v =>
            $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Html))}")));
        Assert.Equal([], page.Problems);
    }
}
