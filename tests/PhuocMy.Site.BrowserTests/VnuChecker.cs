using System.Diagnostics;
using System.Text.Json;

namespace PhuocMy.Site.BrowserTests;

/// <summary>One error the W3C Nu HTML Checker reported.</summary>
public sealed record VnuError(string File, int? Line, string Message)
{
    public override string ToString() => Line is { } line ? $"{File}:{line}: {Message}" : $"{File}: {Message}";
}

/// <summary>Runs vnu.jar (from tests/tools, installed by npm) over a file or a folder of HTML files.</summary>
public static class VnuChecker
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static async Task<IReadOnlyList<VnuError>> ErrorsInAsync(string fileOrFolder, CancellationToken cancellation)
    {
        if (!File.Exists(ToolPaths.VnuJar))
            throw new InvalidOperationException($"{ToolPaths.VnuJar} is missing: {ToolPaths.InstallHint}.");

        var start = new ProcessStartInfo("java")
        {
            ArgumentList = { "-jar", ToolPaths.VnuJar, "--errors-only", "--format", "json", "--skip-non-html", fileOrFolder },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start java.");
        var output = process.StandardOutput.ReadToEndAsync();
        var report = process.StandardError.ReadToEndAsync(); // vnu writes its report to stderr
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(Timeout);
        await process.WaitForExitAsync(timeout.Token);

        return Parse(await report, fileOrFolder, await output);
    }

    private static List<VnuError> Parse(string json, string root, string otherOutput)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            throw new InvalidOperationException($"vnu did not answer in JSON:{Environment.NewLine}{json}{otherOutput}");
        }

        using (document)
        {
            return document.RootElement.GetProperty("messages").EnumerateArray()
                .Where(message => message.GetProperty("type").GetString() is "error" or "non-document-error")
                .Select(message => new VnuError(
                    FileOf(message, root),
                    message.TryGetProperty("lastLine", out var line) ? line.GetInt32() : null,
                    message.GetProperty("message").GetString() ?? ""))
                .ToList();
        }
    }

    private static string FileOf(JsonElement message, string root)
    {
        if (!message.TryGetProperty("url", out var url) || url.GetString() is not { } address)
            return root;
        // vnu names files as "file:/tmp/x.html", which System.Uri does not accept.
        var path = address.StartsWith("file:", StringComparison.Ordinal)
            ? Uri.UnescapeDataString("/" + address["file:".Length..].TrimStart('/'))
            : address;
        var folder = Directory.Exists(root) ? root : Path.GetDirectoryName(root)!;
        return Path.GetRelativePath(folder, path);
    }
}
