using System.Diagnostics;
using System.Text.Json;
using PhuocMy.Site.Testing;

namespace PhuocMy.Site.BrowserTests.Lighthouse;

/// <summary>Where one Lighthouse report was written, as JSON and as HTML.</summary>
public sealed record LighthouseReportFiles(string Json, string Html);

/// <summary>One page Lighthouse ran on, as one form factor: its reports, one per attempt (the last one counts).</summary>
public sealed record LighthouseRun(string Name, string FormFactor, Uri Url, IReadOnlyList<LighthouseReportFiles> Attempts)
{
    public LighthouseReportFiles Last => Attempts[^1];
}

/// <summary>
/// Runs Lighthouse (tests/tools, installed by npm) through tests/tools/lighthouse-audit.mjs: every page as a phone
/// and as a desktop, one after the other in one headless Chromium, so audits never compete with each other for the CPU.
/// A performance score below 100 is measured again, up to <c>attempts</c> times in all.
/// </summary>
public static class LighthouseRunner
{
    private const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Eight audits take about 70 s on the team's machine (a few more with retries); a stuck Chromium must not hold the run forever.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(8);

    private static string ToolsFolder => Path.Combine(RepositoryPaths.Root, "tests", "tools");

    private static string Script => Path.Combine(ToolsFolder, "lighthouse-audit.mjs");

    private static string Installed => Path.Combine(ToolsFolder, "node_modules", "lighthouse", "package.json");

    public static async Task<IReadOnlyList<LighthouseRun>> RunAsync(
        IEnumerable<(string Name, Uri Url)> pages, string reportFolder, int attempts, CancellationToken cancellation)
    {
        if (!File.Exists(Installed))
            throw new InvalidOperationException($"Lighthouse is not installed in {ToolsFolder}: {ToolPaths.InstallHint}.");

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = ToolsFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            ArgumentList = { Script, ChromiumPath, reportFolder, attempts.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        };
        foreach (var (name, url) in pages)
            start.ArgumentList.Add($"{name}={url}");

        Process node;
        try
        {
            node = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException($"node is not installed: {ToolPaths.InstallHint}.");
        }

        using (node)
        {
            var output = node.StandardOutput.ReadToEndAsync(cancellation);
            var errors = node.StandardError.ReadToEndAsync(cancellation);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            timeout.CancelAfter(Timeout);
            try
            {
                await node.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                node.Kill(entireProcessTree: true);
                throw new TimeoutException($"Lighthouse did not finish within {Timeout.TotalMinutes} minutes:{Environment.NewLine}{await errors}");
            }

            if (node.ExitCode != 0)
                throw new InvalidOperationException($"Lighthouse failed (exit {node.ExitCode}):{Environment.NewLine}{await errors}{await output}");
            return Parse(await output);
        }
    }

    private static List<LighthouseRun> Parse(string output)
    {
        using var document = JsonDocument.Parse(output);
        return document.RootElement.EnumerateArray()
            .Select(run => new LighthouseRun(
                run.GetProperty("name").GetString()!,
                run.GetProperty("formFactor").GetString()!,
                new Uri(run.GetProperty("url").GetString()!),
                run.GetProperty("attempts").EnumerateArray()
                    .Select(files => new LighthouseReportFiles(files.GetProperty("json").GetString()!, files.GetProperty("html").GetString()!))
                    .ToList()))
            .ToList();
    }
}
