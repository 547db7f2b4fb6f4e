using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using PhuocMy.Site.Testing;

namespace PhuocMy.Site.Search.Testing;

/// <summary>
/// Serves a folder on 127.0.0.1 like the static host: "/x/" is "x/index.html", and every response carries the
/// Content-Security-Policy production sends (read from theme/admin/_headers.yml, which the build writes into _headers) unless the server is for a third-party tool.
/// </summary>
public sealed partial class FixtureServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private FixtureServer(WebApplication app, Uri baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
    }

    public static string ContentSecurityPolicy { get; } = ReadPolicy();

    public Uri BaseUrl { get; }

    public Uri UrlOf(string path) => new(BaseUrl, path.TrimStart('/'));

    public static async Task<FixtureServer> StartAsync(string folder, bool withSitePolicy = true)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = folder, Args = [] });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var files = new PhysicalFileProvider(folder);
        if (withSitePolicy)
        {
            app.Use((context, next) =>
            {
                context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
                context.Response.Headers.XContentTypeOptions = "nosniff";
                return next();
            });
        }
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".bin"] = "application/octet-stream";
        types.Mappings[".json"] = "application/json; charset=utf-8";
        types.Mappings[".pf_meta"] = "application/octet-stream";
        types.Mappings[".pf_index"] = "application/octet-stream";
        types.Mappings[".pf_fragment"] = "application/octet-stream";
        types.Mappings[".pagefind"] = "application/octet-stream";
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = types });
        app.Run(context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new FixtureServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static string ReadPolicy()
    {
        var toml = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "theme", "admin", "_headers.yml"));
        var match = PolicyLine().Match(toml);
        if (!match.Success) throw new InvalidOperationException("theme/admin/_headers.yml sets no Content-Security-Policy header.");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("""^\s*Content-Security-Policy\s*:\s*"([^"]+)"\s*$""", RegexOptions.Multiline)]
    private static partial Regex PolicyLine();
}
