using System.Globalization;
using System.Text;

namespace PhuocMy.Site.BrowserTests.Lighthouse;

/// <summary>
/// Issue 12's bar: Lighthouse gives 100 in performance, accessibility, best practices and SEO to the home page, a post,
/// the documents list and a data page, as a phone and as a desktop. The reports (JSON and HTML) are kept in
/// artifacts/lighthouse/. Performance uses Lighthouse's default simulated throttling, which estimates the load from
/// the page's requests and main-thread work instead of timing a throttled load, so a busy machine moves it little —
/// except the Speed Index, which it estimates partly from the frames it saw: when the machine is so busy that
/// Chromium paints a second or two late (measured at a load average of 14–18 on 2 cores: 2 phone runs in 24), a phone
/// scores 98 or 99. So a performance score below 100 is measured again, up to three times in all (as Lighthouse CI
/// asserts on the best of its three runs by default); every attempt's report is kept, and the scores of the missed
/// attempts are written to the test's output. The other three categories do not depend on timing and are not retried.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class LighthouseTests(SiteFixture site)
{
    private static readonly string[] Paths =
    [
        "/",
        "/tin-tuc/hoi-nghi-so-ket-6-thang-dau-nam-2020/",
        "/van-ban/",
        "/so-lieu/thu-ngan-sach-6-thang-2020/",
    ];

    private static readonly string[] Categories = ["performance", "accessibility", "best-practices", "seo"];

    /// <summary>The form factors lighthouse-audit.mjs runs, and the one each report must say it ran as.</summary>
    private static readonly Dictionary<string, string> FormFactors = new() { ["phone"] = "mobile", ["desktop"] = "desktop" };

    private const int PerformanceAttempts = 3;

    private static string ReportFolder => Path.Combine(ToolPaths.Artifacts, "lighthouse");

    [Fact]
    public async Task Home_post_documents_and_data_page_score_100_in_every_category_as_phone_and_desktop()
    {
        if (Directory.Exists(ReportFolder))
            Directory.Delete(ReportFolder, recursive: true);
        var pages = Paths.Select(path => (SitePages.FileNameOf(path), site.Server.UrlOf(path))).ToList();

        var runs = await LighthouseRunner.RunAsync(pages, ReportFolder, PerformanceAttempts, TestContext.Current.CancellationToken);

        Assert.Equal(
            Paths.SelectMany(path => FormFactors.Keys.Select(formFactor => $"{SitePages.FileNameOf(path)} {formFactor}")),
            runs.Select(run => $"{run.Name} {run.FormFactor}"));
        foreach (var run in runs.Where(run => run.Attempts.Count > 1))
            TestContext.Current.TestOutputHelper?.WriteLine($"{run.Url.AbsolutePath} as {run.FormFactor}: {Retries(run)}");
        var failures = runs.Select(run => Failures(run, LighthouseReport.Read(run.Last.Json))).Where(failure => failure.Length > 0).ToList();
        Assert.True(failures.Count == 0,
            $"Lighthouse scores below 100 (reports in {ReportFolder}):{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
    }

    /// <summary>What keeps one run below 100: each category with its failing audits, or "" when all four are 100.</summary>
    private static string Failures(LighthouseRun run, LighthouseReport report)
    {
        var page = $"{run.Url.AbsolutePath} as {run.FormFactor}";
        if (report.RuntimeError is { } error)
            return $"{page}: Lighthouse could not audit the page: {error} ({run.Last.Html})";
        if (report.FormFactor != FormFactors[run.FormFactor])
            return $"{page}: the report says it ran as {report.FormFactor}, not {FormFactors[run.FormFactor]} ({run.Last.Json})";

        var text = new StringBuilder();
        foreach (var id in Categories)
        {
            if (!report.Categories.TryGetValue(id, out var category))
            {
                text.AppendLine($"{page}: the report has no {id} category");
                continue;
            }
            if (category.Score == 1)
                continue;
            text.AppendLine($"{page}: {category.Title} {category.ScoreText}");
            foreach (var audit in category.FailingAudits)
                text.AppendLine($"    {audit}");
            if (id == "performance")
                text.AppendLine($"    metrics: {Metrics(report)}{Environment.NewLine}    {Retries(run)}");
        }
        if (text.Length > 0)
        {
            foreach (var warning in report.RunWarnings)
                text.AppendLine($"    Lighthouse warned: {warning}");
            text.AppendLine($"    report: {run.Last.Html}");
        }
        return text.ToString();
    }

    /// <summary>The performance score and metrics of each attempt at one page and form factor.</summary>
    private static string Retries(LighthouseRun run) =>
        $"performance measured {run.Attempts.Count} times: " + string.Join("; ",
            run.Attempts.Select(files => LighthouseReport.Read(files.Json))
                .Select(report => report.Categories.TryGetValue("performance", out var performance)
                    ? $"{performance.ScoreText} ({Metrics(report)})"
                    : "no performance score"));

    private static string Metrics(LighthouseReport report) =>
        string.Join(", ", report.Metrics.Select(metric =>
            $"{metric.Key} {metric.Value.ToString(metric.Key == "cumulative-layout-shift" ? "0.000" : "0", CultureInfo.InvariantCulture)}"));
}
