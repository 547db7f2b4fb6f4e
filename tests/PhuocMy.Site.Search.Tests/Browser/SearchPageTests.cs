using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Playwright;
using PhuocMy.Site.Search.Testing;

namespace PhuocMy.Site.Search.Tests.Browser;

/// <summary>search.js on /tim-kiem/ in Chromium, under the production Content-Security-Policy.</summary>
public sealed class SearchPageTests(ChromiumFixture browser, NewsSiteFixture site) : IClassFixture<NewsSiteFixture>
{
    private async Task<(SearchPage Page, IBrowserContext Context)> OpenAsync(string? query)
    {
        var context = await browser.Chromium.NewContextAsync();
        var page = new SearchPage(await context.NewPageAsync(), site.Server.BaseUrl);
        await page.OpenAsync(query);
        return (page, context);
    }

    private static string? QueryOf(string url) => QueryHelpers.ParseQuery(new Uri(url).Query)["q"];

    [Theory]
    [InlineData("phuoc my ngan sach", NewsSiteFixture.BudgetUrl)]
    [InlineData("phước mỹ ngân sách", NewsSiteFixture.BudgetUrl)]
    [InlineData("PHƯỚC MỸ NGÂN SÁCH", NewsSiteFixture.BudgetUrl)]
    [InlineData("dai hoi dang bo", NewsSiteFixture.CongressUrl)]
    [InlineData("đại hội đảng bộ", NewsSiteFixture.CongressUrl)]
    public async Task The_expected_document_comes_first_with_or_without_diacritics(string query, string expectedUrl)
    {
        var (page, context) = await OpenAsync(query);
        await using var _ = context;

        var urls = await page.ResultUrlsAsync();
        Assert.NotEmpty(urls);
        Assert.Equal(expectedUrl, urls[0]);
        Assert.Equal(query, await page.Page.InputValueAsync("#search-input"));
        Assert.Equal([], page.Problems);
    }

    [Fact]
    public async Task A_result_shows_its_title_date_section_and_a_snippet_with_the_matched_words_marked()
    {
        var (page, context) = await OpenAsync("ngan sach phuoc my");
        await using var _ = context;

        var first = page.Results.First;
        Assert.Equal(NewsSiteFixture.KnownDocuments[0].Title, await first.Locator("h2 a").TextContentAsync());
        Assert.Equal(["Phước", "Mỹ", "ngân", "sách"], await first.Locator("h2 mark").AllTextContentsAsync());
        Assert.Equal("15/07/2020", await first.Locator("time").TextContentAsync());
        Assert.Equal("2020-07-15", await first.Locator("time").GetAttributeAsync("datetime"));
        Assert.Equal("Kinh tế - Xã hội", await first.Locator(".search-result-section").TextContentAsync());
        var snippetMarks = await first.Locator(".search-result-snippet mark").AllTextContentsAsync();
        Assert.Contains("ngân", snippetMarks);
        Assert.Contains("sách", snippetMarks);
        Assert.All(snippetMarks, m => Assert.Contains(PhuocMy.Site.Search.Text.VietnameseFolding.Fold(m), new[] { "ngan", "sach", "phuoc", "my" }));

        var status = await page.Status.TextContentAsync();
        Assert.Matches(@"^Tìm thấy [\d.]+ kết quả cho “ngan sach phuoc my”\.$", status);
        Assert.Equal("status", await page.Status.GetAttributeAsync("role"));
        Assert.Equal([], page.Problems);
    }

    [Fact]
    public async Task A_title_with_markup_shows_as_text_and_runs_nothing()
    {
        var (page, context) = await OpenAsync("xylanh");
        await using var _ = context;

        var urls = await page.ResultUrlsAsync();
        Assert.Equal([NewsSiteFixture.XssUrl], urls);
        Assert.Equal(NewsSiteFixture.XssTitle, await page.Results.First.Locator("h2 a").TextContentAsync());
        Assert.Equal(0, await page.Page.Locator("#search-list img, #search-list script, #search-list b").CountAsync());
        Assert.Null(await page.Page.EvaluateAsync<string?>("() => document.body.dataset.xss ?? null"));
        Assert.Equal([], page.Problems);
    }

    [Fact]
    public async Task Submitting_the_form_searches_without_reloading_and_keeps_the_address_shareable()
    {
        var (page, context) = await OpenAsync(null);
        await using var _ = context;
        Assert.Equal("Nhập từ khóa để tìm tin bài, trang, văn bản và số liệu.", await page.Status.TextContentAsync());

        await page.SubmitAsync("đại hội đảng bộ");
        Assert.Equal(NewsSiteFixture.CongressUrl, (await page.ResultUrlsAsync())[0]);
        Assert.Equal("/tim-kiem/", new Uri(page.Page.Url).AbsolutePath);
        Assert.Equal("đại hội đảng bộ", QueryOf(page.Page.Url));
        Assert.Equal([], page.Problems);
    }

    [Fact]
    public async Task The_header_search_box_is_a_plain_form_that_opens_the_search_page_with_the_query()
    {
        var (page, context) = await OpenAsync("khuyến học");
        await using var _ = context;

        await page.Page.FillAsync("#site-search-q", "phước mỹ ngân sách");
        // The wait starts before the key press: a local page can load before a wait begun afterwards would notice.
        var arrival = page.Page.WaitForURLAsync(url => url.Contains("?q=", StringComparison.Ordinal) && url.Contains("ng%C3%A2n", StringComparison.Ordinal));
        await page.Page.PressAsync("#site-search-q", "Enter");
        await arrival;
        await page.WaitForResultsAsync();

        Assert.Equal("phước mỹ ngân sách", QueryOf(page.Page.Url));
        Assert.Equal("phước mỹ ngân sách", await page.Page.InputValueAsync("#search-input"));
        Assert.Equal(NewsSiteFixture.BudgetUrl, (await page.ResultUrlsAsync())[0]);
        Assert.Equal("Từ khóa tìm kiếm", await page.Page.Locator("label[for='site-search-q']").TextContentAsync());
        Assert.Equal([], page.Problems);
    }

    [Fact]
    public async Task While_typing_the_last_word_matches_as_a_prefix()
    {
        var (page, context) = await OpenAsync(null);
        await using var _ = context;

        await page.Page.Locator("#search-input").PressSequentiallyAsync("phước mỹ ngân sá");
        await Assertions.Expect(page.Status).ToContainTextAsync("“phước mỹ ngân sá”", new() { Timeout = 30_000 });
        await page.WaitForResultsAsync();

        Assert.Equal(NewsSiteFixture.BudgetUrl, (await page.ResultUrlsAsync())[0]);
        Assert.Contains("sách", await page.Results.First.Locator("h2 mark").AllTextContentsAsync());
        Assert.Equal("phước mỹ ngân sá", QueryOf(page.Page.Url));
        Assert.Equal([], page.Problems);
    }

    [Fact]
    public async Task More_results_come_ten_at_a_time_and_focus_moves_to_the_first_new_one()
    {
        var (page, context) = await OpenAsync("ngân sách");
        await using var _ = context;
        Assert.Equal(10, await page.Results.CountAsync());

        var more = page.Page.Locator("#search-more");
        Assert.StartsWith("Xem thêm kết quả (còn ", await more.TextContentAsync());
        await more.ClickAsync();
        await Assertions.Expect(page.Results).ToHaveCountAsync(20);

        var focusedHref = await page.Page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')");
        Assert.Equal((await page.ResultUrlsAsync())[10], focusedHref);
        Assert.Equal([], page.Problems);
    }

    [Fact]
    public async Task A_query_nothing_matches_says_so()
    {
        var (page, context) = await OpenAsync("zzzkhongco");
        await using var _ = context;

        Assert.Equal(0, await page.Results.CountAsync());
        Assert.StartsWith("Không tìm thấy kết quả nào cho “zzzkhongco”.", await page.Status.TextContentAsync());
        Assert.True(await page.Page.Locator("#search-nojs").IsHiddenAsync());
        Assert.Equal([], page.Problems);
    }

    [Fact]
    public async Task Without_JavaScript_the_page_says_so_and_links_to_the_archives_and_the_registry()
    {
        await using var context = await browser.Chromium.NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.UrlOf("/tim-kiem/?q=ngan+sach").ToString());

        var notice = page.Locator("#search-nojs");
        Assert.True(await notice.IsVisibleAsync());
        Assert.Contains("cần JavaScript", await notice.TextContentAsync());
        Assert.Equal(["/luu-tru/", "/tu-khoa/", "/van-ban/"], await notice.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));
        Assert.True(await page.Locator("#search-results").IsHiddenAsync());

        var form = page.Locator("#search-form");
        Assert.Equal("/tim-kiem/", await form.GetAttributeAsync("action"));
        Assert.Equal("get", await form.GetAttributeAsync("method"));
        Assert.Equal("q", await page.Locator("#search-input").GetAttributeAsync("name"));
    }
}
