using PhuocMy.Site.Search.Testing;

namespace PhuocMy.Site.SearchBenchmarks;

/// <summary>
/// Time from submitting a query to the first results on the page, in Debian's Chromium with the CPU slowed down
/// four times (CDP Emulation.setCPUThrottlingRate), over the index of N documents served locally under the site's CSP.
/// </summary>
internal static class BrowserBenchmark
{
    private const int Rounds = 5;

    private static readonly string[] Queries = ["phuoc my ngan sach", "đại hội đảng bộ", "an toàn giao thông", "tiem vac xin", "người cao tuổi"];

    private const string SubmitAndWait = """
        async (query) => {
          const list = document.getElementById('search-list');
          const rendered = new Promise(resolve => {
            const observer = new MutationObserver(() => {
              if (list.children.length > 0) { observer.disconnect(); resolve(performance.now()); }
            });
            observer.observe(list, { childList: true });
          });
          document.getElementById('search-input').value = query;
          const start = performance.now();
          document.getElementById('search-form').requestSubmit();
          return (await rendered) - start;
        }
        """;

    public static async Task RunAsync(int count)
    {
        using var site = SearchSite.Write(VietnameseNewsCorpus.Generate(count));
        await using var server = await FixtureServer.StartAsync(site.Folder);
        await using var chromium = await Chromium.LaunchAsync();

        // Wall time suffers when other work shares the cores; the renderer's CPU time does not, and at rate 4 a query
        // takes about four times its renderer CPU time plus waits (small on a local server).
        var browserSession = await chromium.Browser.NewBrowserCDPSessionAsync();
        async Task<double> RendererCpuMsAsync()
        {
            var info = (await browserSession.SendAsync("SystemInfo.getProcessInfo"))!.Value;
            return info.GetProperty("processInfo").EnumerateArray()
                .Where(p => p.GetProperty("type").GetString() == "renderer")
                .Sum(p => p.GetProperty("cpuTime").GetDouble()) * 1000;
        }
        var first = new List<double>();
        var next = new List<double>();
        var firstCpu = new List<double>();
        var nextCpu = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            for (var q = 0; q < Queries.Length; q++)
            {
                await using var context = await chromium.NewContextAsync();
                var page = await context.NewPageAsync();
                await page.GotoAsync(server.UrlOf(SearchSite.PagePath).ToString());
                await page.Locator("#search-results[aria-busy='false']").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
                var cdp = await context.NewCDPSessionAsync(page);
                await cdp.SendAsync("Emulation.setCPUThrottlingRate", new Dictionary<string, object> { ["rate"] = 4 });

                var cpu = await RendererCpuMsAsync();
                first.Add(await page.EvaluateAsync<double>(SubmitAndWait, Queries[q]));
                firstCpu.Add(await RendererCpuMsAsync() - cpu);
                await page.Locator("#search-results[aria-busy='false']").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
                cpu = await RendererCpuMsAsync();
                next.Add(await page.EvaluateAsync<double>(SubmitAndWait, Queries[(q + 1) % Queries.Length]));
                nextCpu.Add(await RendererCpuMsAsync() - cpu);
            }
        }
        Console.WriteLine($"## Chromium, CPU throttled ×4, {count} documents, {first.Count} runs each");
        Console.WriteLine($"submit → first results, first query of a page (manifest, shards, entries fetched): median {Statistics.Median(first):0} ms, max {first.Max():0} ms; renderer CPU median {Statistics.Median(firstCpu):0} ms");
        Console.WriteLine($"submit → first results, another query on the same page: median {Statistics.Median(next):0} ms, max {next.Max():0} ms; renderer CPU median {Statistics.Median(nextCpu):0} ms");
    }
}
