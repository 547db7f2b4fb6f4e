using System.Diagnostics;
using System.Text.Json;
using PhuocMy.Site.Testing;

namespace PhuocMy.Site.Images.Tests;

/// <summary>The W3C Nu HTML Checker (vnu.jar from tests/tools, installed by scripts/install-test-deps.sh) on one document.</summary>
internal static class HtmlValidator
{
    private static string VnuJar => Path.Combine(RepositoryPaths.Root, "tests", "tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>The checker's errors for <paramref name="html"/>, one per line; empty when the document is valid.</summary>
    public static async Task<string> ErrorsAsync(string html, CancellationToken cancellation)
    {
        if (!File.Exists(VnuJar))
            throw new InvalidOperationException($"{VnuJar} is missing: run scripts/install-test-deps.sh.");
        var file = TempFolders.File("picture", ".html");
        await File.WriteAllTextAsync(file, html, cancellation);
        try
        {
            var start = new ProcessStartInfo("java")
            {
                ArgumentList = { "-jar", VnuJar, "--errors-only", "--format", "json", file },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start java.");
            var output = process.StandardOutput.ReadToEndAsync(cancellation);
            var report = await process.StandardError.ReadToEndAsync(cancellation); // vnu reports on stderr
            await process.WaitForExitAsync(cancellation);
            using var json = JsonDocument.Parse(report);
            var errors = json.RootElement.GetProperty("messages").EnumerateArray()
                .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
                .Select(m => $"line {(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {m.GetProperty("message").GetString()}");
            return string.Join(Environment.NewLine, errors.Append(await output).Where(s => s.Length > 0));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
