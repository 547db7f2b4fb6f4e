using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace PhuocMy.Site.BrowserTests.Editor;

/// <summary>
/// Serves a built site on 127.0.0.1 with the headers Netlify would send for each path (every matching rule's value,
/// joined as Netlify joins them), so /admin/ runs under its own policy and every other page under the site's.
/// </summary>
public sealed class NetlifySiteServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private NetlifySiteServer(WebApplication app, Uri baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    /// <summary>The rules in force; replaced after a build that wrote a new _headers file.</summary>
    public NetlifyHeaderRules Rules { get; set; } = new([]);

    public Uri UrlOf(string path) => new(BaseUrl, path.TrimStart('/'));

    public static async Task<NetlifySiteServer> StartAsync(string siteFolder)
    {
        Directory.CreateDirectory(siteFolder);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = siteFolder, Args = [] });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        NetlifySiteServer? server = null;
        // The folder is swapped whole by each build: a provider per request always sees the current one.
        app.Use((context, next) =>
        {
            foreach (var (name, values) in server!.Rules.For(context.Request.Path.Value ?? "/"))
                context.Response.Headers[name] = string.Join(", ", values);
            return next();
        });
        app.Run(context => ServeAsync(context, siteFolder));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server = new NetlifySiteServer(app, new Uri(address.TrimEnd('/') + "/"));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static readonly FileExtensionContentTypeProvider Types = CreateTypes();

    private static FileExtensionContentTypeProvider CreateTypes()
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".yml"] = "text/yaml; charset=utf-8";
        types.Mappings[".svg"] = "image/svg+xml";
        types.Mappings[".webmanifest"] = "application/manifest+json";
        return types;
    }

    private static async Task ServeAsync(HttpContext context, string siteFolder)
    {
        using var files = new PhysicalFileProvider(siteFolder);
        var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/");
        if (path.EndsWith('/')) path += "index.html";
        var file = files.GetFileInfo(path);
        if (!file.Exists || file.IsDirectory)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            file = files.GetFileInfo("404.html");
            if (!file.Exists) return;
            path = "/404.html";
        }
        context.Response.ContentType = Types.TryGetContentType(path, out var type) ? type : "application/octet-stream";
        await context.Response.SendFileAsync(file);
    }
}
