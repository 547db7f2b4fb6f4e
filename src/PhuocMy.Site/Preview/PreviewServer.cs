using System.Net;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PhuocMy.Site.Urls;

namespace PhuocMy.Site.Preview;

/// <summary>
/// <c>preview</c>: builds the site, serves it on 127.0.0.1 only, rebuilds when input/ or theme/ change and tells
/// open pages to reload (Server-Sent Events). Pages get the preview's script and problems panel as they are
/// served; the built files, like the published site, carry neither.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    private readonly WebApplication app;
    private readonly ChangeWatcher watcher;
    private readonly CancellationTokenSource stopping;
    private readonly Task loop;

    private PreviewServer(WebApplication app, ChangeWatcher watcher, CancellationTokenSource stopping, PreviewBuilds builds, Task loop, Uri url)
    {
        this.app = app;
        this.watcher = watcher;
        this.stopping = stopping;
        this.loop = loop;
        Builds = builds;
        Url = url;
    }

    /// <summary>e.g. http://127.0.0.1:4000/</summary>
    public Uri Url { get; }

    public PreviewBuilds Builds { get; }

    /// <summary>
    /// Starts serving at once (so a taken port is known before a long first build), then runs the first build and
    /// a rebuild after each burst of changes. <paramref name="onBuilt"/> hears about every build.
    /// </summary>
    /// <exception cref="PortInUseException">The port is taken.</exception>
    /// <param name="onRedrawn">Hears about every edit shown ahead of its build (<see cref="PreviewBuilds.ShowAhead"/>).</param>
    public static async Task<PreviewServer> StartAsync(PreviewOptions options, Action<PreviewBuild>? onBuilt = null, Action<PreviewRedraw>? onRedrawn = null)
    {
        var signal = new ReloadSignal();
        var builds = new PreviewBuilds(options, signal, onBuilt, onRedrawn);
        var stopping = new CancellationTokenSource();

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { Args = [] });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, options.Port);
        });
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        var types = ContentTypes();
        var policy = PublishedHeaders.SitePolicy(options.ThemeDirectory);
        app.Run(context => Serve(context, builds, signal, types, policy, stopping.Token));

        try
        {
            await app.StartAsync();
        }
        catch (Exception e) when (e is AddressInUseException || e.InnerException is AddressInUseException)
        {
            await app.DisposeAsync();
            stopping.Dispose();
            throw new PortInUseException(options.Port, e);
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        ChangeWatcher watcher;
        try
        {
            watcher = new ChangeWatcher([(options.InputDirectory, Label(options.InputDirectory)), (options.ThemeDirectory, Label(options.ThemeDirectory))]);
        }
        catch
        {
            await app.DisposeAsync();
            stopping.Dispose();
            throw;
        }
        var loop = Task.Run(() => BuildLoop(builds, watcher, options, stopping.Token));
        return new PreviewServer(app, watcher, stopping, builds, loop, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>"input", "theme": how the author knows the folder.</summary>
    private static string Label(string folder) => Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));

    /// <summary>
    /// Each burst of changes is shown ahead where it can be, then handed to the builder, which runs one build at a
    /// time: the first, then one for all the changes that came while the last ran. Watching never waits for a build,
    /// so an edit made during a long build is still shown at once.
    /// </summary>
    private static async Task BuildLoop(PreviewBuilds builds, ChangeWatcher watcher, PreviewOptions options, CancellationToken stop)
    {
        var pending = Channel.CreateUnbounded<IReadOnlyList<string>>();
        var builder = Task.Run(async () =>
        {
            builds.Build([]);
            while (await pending.Reader.WaitToReadAsync() && !stop.IsCancellationRequested)
            {
                var changes = new SortedSet<string>(StringComparer.Ordinal);
                while (pending.Reader.TryRead(out var batch)) changes.UnionWith(batch);
                builds.Build([.. changes]);
            }
        });
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var batch = await watcher.NextBatchAsync(options.QuietPeriod, options.LongestWait, stop);
                builds.ShowAhead(batch);
                pending.Writer.TryWrite(batch);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        finally
        {
            pending.Writer.TryComplete();
            await builder;
        }
    }

    /// <summary>
    /// Stops watching and serving (open event streams end, so browsers are not left hanging), then lets a build in
    /// progress finish: it is never cut off half-way through writing the output folder.
    /// </summary>
    public async Task StopAsync()
    {
        if (stopping.IsCancellationRequested) return;
        await stopping.CancelAsync();
        watcher.Dispose();
        await app.StopAsync();
        await loop;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await app.DisposeAsync();
        stopping.Dispose();
    }

    private static async Task Serve(HttpContext context, PreviewBuilds builds, ReloadSignal signal, FileExtensionContentTypeProvider types, string policy, CancellationToken stop)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.ContentSecurityPolicy = policy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-store";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var path = request.Path.Value ?? "/";
        if (path.StartsWith(PreviewAssets.Prefix, StringComparison.Ordinal))
        {
            await ServeOwn(context, path, signal, stop);
            return;
        }

        var status = builds.Status;
        var token = signal.Token;
        if (!status.HasSite)
        {
            await WriteHtml(response, StatusCodes.Status503ServiceUnavailable, PageDecorator.Decorate(ProblemsHtml.StatusPage(status), token, PreviewStatus.Starting));
            return;
        }

        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? path;
        var found = SitePaths.Serve(builds.OutputDirectory, raw, path);
        switch (found.Kind)
        {
            case SitePathKind.Refused:
                response.StatusCode = StatusCodes.Status400BadRequest;
                response.ContentType = MediaTypes.PlainText;
                await response.WriteAsync("Địa chỉ không hợp lệ: bản xem trước chỉ phục vụ các tệp của trang web.\n");
                return;
            case SitePathKind.Folder:
                response.StatusCode = StatusCodes.Status301MovedPermanently;
                response.Headers.Location = path + "/" + request.QueryString;
                return;
            case SitePathKind.NotFound:
                var notFound = SitePaths.Serve(builds.OutputDirectory, "/404.html", "/404.html");
                if (notFound.Kind == SitePathKind.File)
                    await ServeFile(response, notFound.FullPath!, StatusCodes.Status404NotFound, token, status, types);
                else
                    await WriteHtml(response, StatusCodes.Status404NotFound, PageDecorator.Decorate(ProblemsHtml.StatusPage(status), token, status));
                return;
            default:
                var shown = builds.Shown.Find(Path.GetRelativePath(builds.OutputDirectory, found.FullPath!).Replace('\\', '/'));
                if (shown is not null)
                    await WriteHtml(response, StatusCodes.Status200OK, PageDecorator.Decorate(Encoding.UTF8.GetString(shown), token, status));
                else
                    await ServeFile(response, found.FullPath!, StatusCodes.Status200OK, token, status, types);
                return;
        }
    }

    private static async Task ServeFile(HttpResponse response, string file, int statusCode, string token, PreviewStatus status, FileExtensionContentTypeProvider types)
    {
        if (file.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            string html;
            try
            {
                html = await File.ReadAllTextAsync(file, Encoding.UTF8);
            }
            catch (IOException)
            {
                // Being rewritten or removed by a rebuild right now: say so; the page reloads when that build ends.
                await WriteHtml(response, StatusCodes.Status503ServiceUnavailable,
                    PageDecorator.Decorate(ProblemsHtml.StatusPage(PreviewStatus.Starting, "Đang cập nhật trang…"), token, PreviewStatus.Starting));
                return;
            }
            await WriteHtml(response, statusCode, PageDecorator.Decorate(html, token, status));
            return;
        }

        response.StatusCode = statusCode;
        response.ContentType = types.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        var length = new FileInfo(file).Length;
        response.ContentLength = length;
        if (HttpMethods.IsHead(response.HttpContext.Request.Method)) return;
        await response.SendFileAsync(file, 0, length, response.HttpContext.RequestAborted);
    }

    private static async Task WriteHtml(HttpResponse response, int statusCode, string html)
    {
        var bytes = Encoding.UTF8.GetBytes(html);
        response.StatusCode = statusCode;
        response.ContentType = MediaTypes.Html;
        response.ContentLength = bytes.Length;
        if (HttpMethods.IsHead(response.HttpContext.Request.Method)) return;
        await response.Body.WriteAsync(bytes, response.HttpContext.RequestAborted);
    }

    private static async Task ServeOwn(HttpContext context, string path, ReloadSignal signal, CancellationToken stop)
    {
        var response = context.Response;
        switch (path)
        {
            case PreviewAssets.ScriptPath:
                response.ContentType = MediaTypes.JavaScript;
                await response.WriteAsync(PreviewAssets.Script);
                return;
            case PreviewAssets.StylePath:
                response.ContentType = MediaTypes.Css;
                await response.WriteAsync(PreviewAssets.Style);
                return;
            case PreviewAssets.EventsPath:
                await StreamEvents(context, signal, stop);
                return;
            default:
                response.StatusCode = StatusCodes.Status404NotFound;
                return;
        }
    }

    /// <summary>
    /// The event stream: "reload" as soon as the page's version is out of date, then at each change; a comment
    /// line now and then keeps the connection open through idle periods.
    /// </summary>
    private static async Task StreamEvents(HttpContext context, ReloadSignal signal, CancellationToken stop)
    {
        var response = context.Response;
        response.ContentType = MediaTypes.EventStream;
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(stop, context.RequestAborted);
        var known = context.Request.Query["phien"].ToString();
        try
        {
            await response.WriteAsync("retry: 1000\n\n", ended.Token);
            await response.Body.FlushAsync(ended.Token);
            while (!ended.IsCancellationRequested)
            {
                var (token, changed) = signal.Current();
                if (token != known)
                {
                    await response.WriteAsync($"event: {PreviewAssets.ReloadEvent}\ndata: {token}\n\n", ended.Token);
                    await response.Body.FlushAsync(ended.Token);
                    known = token;
                }
                if (await Task.WhenAny(changed, Task.Delay(Heartbeat, ended.Token)) != changed)
                {
                    await response.WriteAsync(": ping\n\n", ended.Token);
                    await response.Body.FlushAsync(ended.Token);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed or the preview is stopping.
        }
    }

    private static FileExtensionContentTypeProvider ContentTypes()
    {
        var types = new FileExtensionContentTypeProvider();
        foreach (var (extension, type) in MediaTypes.ServedTypes) types.Mappings[extension] = type;
        return types;
    }
}
