using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace PhuocMy.Site.BrowserTests;

/// <summary>
/// Serves a built site folder on 127.0.0.1 at a free port the way the static host does:
/// "/x/" serves "x/index.html", unknown paths get 404.html with status 404, every response carries the site's CSP,
/// and text (HTML, CSS, SVG, JSON, XML) is compressed with brotli or gzip when the browser accepts it, as Netlify does.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    /// <summary>The policy production sends (read from theme/admin/_headers.yml, so tests and the host cannot drift apart).</summary>
    public static string ContentSecurityPolicy { get; } = NetlifyHeaders.ContentSecurityPolicy();

    private readonly WebApplication app;

    private StaticSiteServer(WebApplication app, Uri baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>e.g. http://127.0.0.1:41234/</summary>
    public Uri BaseUrl { get; }

    public static async Task<StaticSiteServer> StartAsync(string siteFolder)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = siteFolder, Args = [] });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddResponseCompression();

        var app = builder.Build();
        var files = new PhysicalFileProvider(siteFolder);
        app.Use(AddSecurityHeaders);
        app.UseResponseCompression();
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = SiteContentTypes() });
        app.Run(context => ServeNotFoundPage(context, files));

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new StaticSiteServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public Uri UrlOf(string path) => new(BaseUrl, path.TrimStart('/'));

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static Task AddSecurityHeaders(HttpContext context, Func<Task> next)
    {
        context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return next();
    }

    private static FileExtensionContentTypeProvider SiteContentTypes()
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".svg"] = "image/svg+xml";
        types.Mappings[".csv"] = "text/csv; charset=utf-8";
        types.Mappings[".pdf"] = "application/pdf";
        types.Mappings[".webmanifest"] = "application/manifest+json";
        types.Mappings[".xml"] = "application/xml; charset=utf-8";
        return types;
    }

    private static async Task ServeNotFoundPage(HttpContext context, IFileProvider files)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        var notFoundPage = files.GetFileInfo("404.html");
        if (!notFoundPage.Exists)
            return;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.SendFileAsync(notFoundPage);
    }
}
