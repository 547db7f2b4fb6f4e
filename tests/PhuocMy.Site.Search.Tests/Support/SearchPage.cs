using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace PhuocMy.Site.Search.Testing;

/// <summary>Drives /tim-kiem/ in a browser page and collects what went wrong (console errors, exceptions, failed requests).</summary>
public sealed class SearchPage
{
    private readonly ConcurrentQueue<string> problems = new();

    public SearchPage(IPage page, Uri siteBase)
    {
        Page = page;
        SiteBase = siteBase;
        page.Console += (_, message) =>
        {
            if (message.Type == "error") problems.Enqueue($"console error: {message.Text}");
        };
        page.PageError += (_, error) => problems.Enqueue($"uncaught exception: {error}");
        page.RequestFailed += (_, request) => problems.Enqueue($"request failed: {request.Url}: {request.Failure}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400) problems.Enqueue($"HTTP {response.Status} for {response.Url}");
        };
    }

    public IPage Page { get; }

    public Uri SiteBase { get; }

    public IReadOnlyList<string> Problems => problems.ToList();

    public ILocator Results => Page.Locator("#search-list > li");

    public ILocator Status => Page.Locator("#search-status");

    /// <summary>Opens /tim-kiem/?q=… and waits until the results are shown.</summary>
    public async Task OpenAsync(string? query)
    {
        var path = SearchSite.PagePath + (query is null ? "" : "?q=" + Uri.EscapeDataString(query));
        await Page.GotoAsync(new Uri(SiteBase, path).ToString());
        await WaitForResultsAsync();
    }

    /// <summary>Waits until the script has finished its current search (it marks the results region aria-busy meanwhile).</summary>
    public Task WaitForResultsAsync() =>
        Page.Locator("#search-results[aria-busy='false']").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });

    /// <summary>Types into the box and submits the form with Enter; waits for the results of that query.</summary>
    public async Task SubmitAsync(string query)
    {
        await Page.FillAsync("#search-input", query);
        await Page.PressAsync("#search-input", "Enter");
        await Assertions.Expect(Status).ToContainTextAsync($"“{query.Trim()}”", new() { Timeout = 30_000 });
        await WaitForResultsAsync();
    }

    public async Task<IReadOnlyList<string>> ResultUrlsAsync()
    {
        var hrefs = await Page.Locator("#search-list > li h2 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        return hrefs;
    }
}
