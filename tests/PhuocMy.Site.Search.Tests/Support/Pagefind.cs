using System.Diagnostics;
using System.Net;
using System.Text;
using PhuocMy.Site.Testing;

namespace PhuocMy.Site.Search.Testing;

/// <summary>
/// Pagefind 1.6 (npm, in tests/tools), the reference the site search is compared against: writes documents as
/// HTML pages the way the site shows them, and runs Pagefind's indexer over them.
/// </summary>
public static class Pagefind
{
    public static string Executable => Path.Combine(RepositoryPaths.Root, "tests", "tools", "node_modules", "@pagefind", "linux-x64", "bin", "pagefind_extended");

    /// <summary>One page per document at its URL (…/index.html), the title as &lt;h1&gt;, the text as paragraphs.</summary>
    public static void WritePages(string folder, IEnumerable<SearchDocument> documents)
    {
        foreach (var document in documents)
        {
            var path = Path.Combine(folder, document.Url.Trim('/'), "index.html");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var paragraphs = document.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>");
            var date = document.Date is { } d ? $"<p><time datetime=\"{d:yyyy-MM-dd}\">{d:dd/MM/yyyy}</time></p>" : "";
            File.WriteAllText(path, $"""
                <!DOCTYPE html>
                <html lang="vi">
                <head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(document.Title)}</title></head>
                <body>
                <header><a href="/">Cổng thông tin phường</a></header>
                <main data-pagefind-body>
                <h1>{WebUtility.HtmlEncode(document.Title)}</h1>
                {date}
                {string.Join("\n", paragraphs)}
                </main>
                </body>
                </html>
                """, Encoding.UTF8);
        }
    }

    /// <summary>Runs the indexer over <paramref name="siteFolder"/>; the bundle goes to its pagefind/ folder. Returns the time it took.</summary>
    public static TimeSpan Index(string siteFolder)
    {
        if (!File.Exists(Executable))
            throw new InvalidOperationException($"{Executable} is missing: run scripts/install-test-deps.sh (npm ci in tests/tools).");
        var start = new ProcessStartInfo(Executable)
        {
            ArgumentList = { "--site", siteFolder },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("Pagefind took more than 5 minutes.");
        }
        watch.Stop();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"Pagefind failed ({process.ExitCode}):\n{output.Result}\n{errors.Result}");
        return watch.Elapsed;
    }

    /// <summary>A blank page to run Pagefind's search from (served without the site's CSP: Pagefind needs WebAssembly).</summary>
    public static void WriteBlankPage(string siteFolder) =>
        File.WriteAllText(Path.Combine(siteFolder, "blank.html"), "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Pagefind</title></head><body></body></html>");

    /// <summary>Script for Playwright's Evaluate: the URLs of Pagefind's results for a query, best first.</summary>
    public const string SearchScript = """
        async ([query, count]) => {
          const pagefind = await import('/pagefind/pagefind.js');
          const search = await pagefind.search(query);
          const data = await Promise.all(search.results.slice(0, count).map(r => r.data()));
          return data.map(d => d.url);
        }
        """;
}
