using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace PhuocMy.Site.BrowserTests;

/// <summary>
/// Collects what went wrong while a page loaded: console errors, uncaught exceptions, requests that failed
/// and sub-resources answered with an error status. The main document's own status is checked by the test.
/// </summary>
internal sealed class PageProblems
{
    private readonly ConcurrentQueue<string> problems = new();

    private PageProblems(IPage page)
    {
        page.Console += (_, message) =>
        {
            // Chromium also logs each error response; those are reported below with their URL.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
                problems.Enqueue($"console error: {message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => problems.Enqueue($"uncaught exception: {error}");
        page.RequestFailed += (_, request) => problems.Enqueue($"request failed: {request.Method} {request.Url}: {request.Failure}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !response.Request.IsNavigationRequest)
                problems.Enqueue($"HTTP {response.Status} for {response.Request.ResourceType} {response.Url}");
        };
    }

    public static PageProblems Watch(IPage page) => new(page);

    public IReadOnlyList<string> All => problems.ToList();
}
