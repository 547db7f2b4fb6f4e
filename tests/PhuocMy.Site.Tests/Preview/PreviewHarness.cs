using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using PhuocMy.Site.Preview;
using PhuocMy.Site.Testing;
using PhuocMy.Site.Tests.Support;

namespace PhuocMy.Site.Tests.Preview;

/// <summary>
/// A running preview over a temporary copy of a small site (its own input/ and a copy of the real theme/), on a
/// free port of 127.0.0.1. Tests talk to it over real HTTP and wait on conditions, never on the clock.
/// </summary>
public sealed partial class PreviewHarness : IAsyncDisposable
{
    /// <summary>Long enough for a slow, busy test machine; a passing test never waits for it.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly Channel<PreviewBuild> builds = Channel.CreateUnbounded<PreviewBuild>();
    private readonly Channel<PreviewRedraw> redraws = Channel.CreateUnbounded<PreviewRedraw>();

    private PreviewHarness(string root)
    {
        Root = root;
        Client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = Patience };
    }

    public string Root { get; }
    public string Input => Path.Combine(Root, "input");
    public string Theme => Path.Combine(Root, "theme");
    public string Output => Path.Combine(Root, "xem-truoc", "site");
    public HttpClient Client { get; }
    public PreviewServer Server { get; private set; } = null!;
    public Uri Url => Server.Url;

    public static async Task<PreviewHarness> StartAsync(Action<PreviewHarness>? prepare = null)
    {
        var harness = new PreviewHarness(TempFolders.Create("preview"));
        harness.WriteSmallSite();
        prepare?.Invoke(harness);
        harness.Server = await PreviewServer.StartAsync(new PreviewOptions(harness.Input, harness.Theme, harness.Output, Port: 0), build => harness.builds.Writer.TryWrite(build), redraw => harness.redraws.Writer.TryWrite(redraw));
        await harness.NextBuild();
        return harness;
    }

    private void WriteSmallSite()
    {
        Write("input/site.yml", TestSite.Settings);
        Write("input/posts/2025/hop-dan-pho.md", Post("Họp dân phố tổ 12", "2025-06-10 08:00", "Tổ dân phố 12 họp bàn việc giữ gìn vệ sinh."));
        Write("input/posts/2025/tiem-chung.md", Post("Lịch tiêm chủng tháng 6", "2025-06-12 08:00", "Trạm y tế phường thông báo lịch tiêm."));
        Write("input/posts/2025/nhap.md", Post("Bài đang viết dở", "2025-06-13 08:00", "Phần đầu của bài nháp.", "draft: true\n"));
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Theme, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Theme, Path.GetRelativePath(RepositoryPaths.Theme, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public static string Post(string title, string date, string body, string extra = "") =>
        $"---\ntitle: {title}\ndate: {date}\ncategory: Tin tức - Sự kiện\n{extra}---\n{body}\n";

    public void Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public string Read(string relative) => File.ReadAllText(Path.Combine(Root, relative));

    /// <summary>The next build the preview finishes (the first one, right after start).</summary>
    public async Task<PreviewBuild> NextBuild()
    {
        using var timeout = new CancellationTokenSource(Patience);
        return await builds.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>The next edit the preview showed ahead of its build.</summary>
    public async Task<PreviewRedraw> NextRedraw()
    {
        using var timeout = new CancellationTokenSource(Patience);
        return await redraws.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>Edits shown ahead so far and not yet read by <see cref="NextRedraw"/>.</summary>
    public int RedrawsWaiting => redraws.Reader.Count;

    public async Task<(HttpStatusCode Status, string Body)> Get(string path)
    {
        using var response = await Client.GetAsync(new Uri(Url, path));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task<string> Page(string path)
    {
        var (status, body) = await Get(path);
        Assert.True(status == HttpStatusCode.OK, $"GET {path}: {(int)status}\n{body}");
        return body;
    }

    /// <summary>Waits until <paramref name="condition"/> holds, checking again after each short pause.</summary>
    public async Task Eventually(Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!await condition())
        {
            Assert.False(timeout.IsCancellationRequested, $"Still not true after {Patience.TotalSeconds} s.");
            await Task.Delay(50, CancellationToken.None);
        }
    }

    /// <summary>The reload token a served page was given.</summary>
    public static string TokenOf(string html)
    {
        var match = TokenAttribute().Match(html);
        Assert.True(match.Success, "The page carries no preview script.");
        return match.Groups[1].Value;
    }

    /// <summary>Opens the page's event stream, as its script would.</summary>
    public Task<EventStream> Listen(string token) => EventStream.OpenAsync(Client, new Uri(Url, $"{PreviewAssets.EventsPath}?phien={Uri.EscapeDataString(token)}"));

    /// <summary>Sends a request target exactly as given (HttpClient would clean up "..").</summary>
    public async Task<(int Status, string Response)> RawGet(string target)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, Url.Port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes($"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync().WaitAsync(Patience);
        var status = int.Parse(response.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, response);
    }

    public async ValueTask DisposeAsync()
    {
        if (Server is not null) await Server.DisposeAsync();
        Client.Dispose();
        Directory.Delete(Root, recursive: true);
    }

    [GeneratedRegex("data-phien=\"([^\"]+)\"")]
    private static partial Regex TokenAttribute();
}

/// <summary>A Server-Sent Events stream read line by line in the background.</summary>
public sealed class EventStream : IAsyncDisposable
{
    private readonly HttpResponseMessage response;
    private readonly CancellationTokenSource stop = new();
    private readonly Channel<string> events = Channel.CreateUnbounded<string>();
    private readonly Task reading;

    private EventStream(HttpResponseMessage response, Stream body)
    {
        this.response = response;
        reading = Task.Run(() => Read(body));
    }

    public string ContentType => response.Content.Headers.ContentType?.MediaType ?? "";

    public static async Task<EventStream> OpenAsync(HttpClient client, Uri url)
    {
        var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        return new EventStream(response, await response.Content.ReadAsStreamAsync());
    }

    private async Task Read(Stream body)
    {
        using var reader = new StreamReader(body, Encoding.UTF8);
        string? name = null;
        try
        {
            while (await reader.ReadLineAsync(stop.Token) is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line["event: ".Length..];
                else if (line.Length == 0 && name is not null)
                {
                    events.Writer.TryWrite(name);
                    name = null;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or HttpRequestException)
        {
        }
        events.Writer.TryComplete();
    }

    /// <summary>The next event's name; null when the server ended the stream.</summary>
    public async Task<string?> NextEvent()
    {
        using var timeout = new CancellationTokenSource(PreviewHarness.Patience);
        return await events.Reader.WaitToReadAsync(timeout.Token) ? await events.Reader.ReadAsync(timeout.Token) : null;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        response.Dispose();
        await reading;
        stop.Dispose();
    }
}
