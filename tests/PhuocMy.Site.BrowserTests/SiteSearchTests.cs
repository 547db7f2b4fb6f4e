using Microsoft.Playwright;

namespace PhuocMy.Site.BrowserTests;

/// <summary>
/// The site search of the real site, built from input/ and served under the production CSP: a reader types in the
/// header box of any page, with or without diacritics, and the post that answers comes first.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class SiteSearchTests(SiteFixture site)
{
    private const string CongressPost = "/tin-tuc/dai-hoi-dang-bo-phuong-lan-thu-xi/";

    [Theory]
    [InlineData("dai hoi dang bo", CongressPost)]
    [InlineData("đại hội đảng bộ", CongressPost)]
    [InlineData("Dai Hoi Dang Bo Phuoc My", CongressPost)]
    public async Task Typing_in_the_header_box_finds_the_post_first(string query, string expected)
    {
        await using var context = await site.NewContextAsync(width: 360);
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page);
        await page.GotoAsync(site.Server.UrlOf("/").ToString());

        // On a phone the box sits in the menu panel, behind the menu button, as a reader finds it.
        if (!await page.Locator("#site-search-q").IsVisibleAsync()) await page.Locator(".menu-button").ClickAsync();
        await page.Locator("#site-search-q").PressSequentiallyAsync(query);
        var arrival = page.WaitForURLAsync(url => url.Contains("/tim-kiem/?q=", StringComparison.Ordinal));
        await page.PressAsync("#site-search-q", "Enter");
        await arrival;
        await WaitForResultsAsync(page, query);

        var urls = await ResultUrlsAsync(page);
        Assert.True(urls.Count > 0 && urls[0] == expected, $"'{query}' listed {string.Join(", ", urls)}; expected {expected} first");
        var highlighted = await page.Locator("#search-list > li").First.Locator("mark").AllTextContentsAsync();
        Assert.Contains(highlighted, word => word.Equals("Đại", StringComparison.OrdinalIgnoreCase) || word.Equals("hội", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(query, await page.InputValueAsync("#search-input"));
        Assert.True(problems.All.Count == 0, string.Join(Environment.NewLine, problems.All));
    }

    /// <summary>The budget figures and the post whose title is about the budget, both naming Phước Mỹ in their text.</summary>
    [Theory]
    [InlineData("phuoc my ngan sach")]
    [InlineData("phước mỹ ngân sách")]
    [InlineData("Phuoc My ngân sách")]
    public async Task A_budget_query_finds_the_budget_table_and_post_first_with_or_without_diacritics(string query)
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page);
        await page.GotoAsync(site.Server.UrlOf("/tim-kiem/?q=" + Uri.EscapeDataString(query)).ToString());
        await WaitForResultsAsync(page, query);

        var urls = await ResultUrlsAsync(page);
        Assert.Equal(["/so-lieu/thu-ngan-sach-6-thang-2020/", "/tin-tuc/so-ket-kinh-te-xa-hoi-6-thang-dau-nam-2022/"], urls.Take(2));
        var first = page.Locator("#search-list > li").First;
        Assert.Contains("ngân", await first.Locator("h2 mark").AllTextContentsAsync(), StringComparer.OrdinalIgnoreCase);
        Assert.Contains("Số liệu", await first.TextContentAsync());
        Assert.True(problems.All.Count == 0, string.Join(Environment.NewLine, problems.All));
    }

    [Fact]
    public async Task Diacritics_typed_by_the_reader_and_folded_ones_give_the_same_first_result()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var firsts = new List<string>();
        foreach (var query in new[] { "ngan sach", "ngân sách" })
        {
            await page.GotoAsync(site.Server.UrlOf("/tim-kiem/?q=" + Uri.EscapeDataString(query)).ToString());
            await WaitForResultsAsync(page, query);
            firsts.Add((await ResultUrlsAsync(page))[0]);
        }
        Assert.Equal(firsts[0], firsts[1]);
    }

    [Fact]
    public async Task Without_javascript_the_search_page_says_so_and_links_to_the_archives_and_the_registry()
    {
        await using var context = await site.Browser.NewContextAsync(new() { JavaScriptEnabled = false, Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.UrlOf("/tim-kiem/?q=dai+hoi").ToString());

        Assert.True(await page.Locator("#search-nojs").IsVisibleAsync());
        Assert.False(await page.Locator("#search-results").IsVisibleAsync());
        var links = await page.Locator("#search-nojs a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Contains("/luu-tru/", links);
        Assert.Contains("/van-ban/", links);
        foreach (var link in links)
            Assert.Equal(200, (await context.APIRequest.GetAsync(site.Server.UrlOf(link).ToString())).Status);
    }

    /// <summary>Waits until the status names the query and the script has finished that search (aria-busy false).</summary>
    private static async Task WaitForResultsAsync(IPage page, string query)
    {
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync($"“{query}”", new() { Timeout = 30_000 });
        await page.Locator("#search-results[aria-busy='false']").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });
    }

    private static async Task<IReadOnlyList<string>> ResultUrlsAsync(IPage page) =>
        await page.Locator("#search-list > li h2 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
}
