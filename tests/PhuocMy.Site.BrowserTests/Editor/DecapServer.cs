using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.Sockets;
using PhuocMy.Site.Testing;

namespace PhuocMy.Site.BrowserTests.Editor;

/// <summary>
/// decap-server, the editor's real local backend (pinned in tests/tools), in git mode over a repository: each draft a
/// branch, publishing a merge. It listens on 127.0.0.1:8081, the address the generated config.yml names.
/// </summary>
public sealed class DecapServer : IAsyncDisposable
{
    public const int Port = 8081;
    private static readonly string Script = Path.Combine(RepositoryPaths.Root, "tests", "tools", "node_modules", "decap-server", "dist", "index.js");

    private readonly Process process;
    private readonly StringWriter log = new();

    private DecapServer(Process process) => this.process = process;

    public string Log => log.ToString();

    public static async Task<DecapServer> StartAsync(string repository)
    {
        if (!File.Exists(Script)) throw new InvalidOperationException($"{Script} is missing: {ToolPaths.InstallHint}.");
        if (PortIsTaken()) throw new InvalidOperationException($"127.0.0.1:{Port} is already in use; the editor's local backend needs it (is scripts/editor.sh running?).");

        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = repository };
        start.ArgumentList.Add(Script);
        start.Environment["MODE"] = "git";
        start.Environment["GIT_REPO_DIRECTORY"] = repository;
        start.Environment["PORT"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["BIND_HOST"] = "127.0.0.1";
        start.Environment["LOG_LEVEL"] = "warn";
        var server = new DecapServer(Process.Start(start)!);
        server.process.OutputDataReceived += (_, line) => { if (line.Data is not null) lock (server.log) server.log.WriteLine(line.Data); };
        server.process.ErrorDataReceived += (_, line) => { if (line.Data is not null) lock (server.log) server.log.WriteLine(line.Data); };
        server.process.BeginOutputReadLine();
        server.process.BeginErrorReadLine();
        await server.WaitUntilAnsweringAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
    }

    private async Task WaitUntilAnsweringAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException("decap-server stopped: " + Log);
            try
            {
                using var response = await http.PostAsJsonAsync($"http://127.0.0.1:{Port}/api/v1", new { action = "info" });
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException("decap-server did not answer within 60 s: " + Log);
            await Task.Delay(200);
        }
    }

    private static bool PortIsTaken()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect("127.0.0.1", Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
