using PhuocMy.Site.Composition;
using PhuocMy.Site.Testing;
using Microsoft.Playwright;
using PhuocMy.Site.Pipeline;

namespace PhuocMy.Site.BrowserTests;

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "built site in a browser";
}

/// <summary>
/// Builds the real site from the repository's input/ and theme/ once, serves it, and opens one headless Chromium
/// that every test of the collection shares (each test opens its own browser context).
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"];

    private IPlaywright? playwright;

    // The build keeps its cache and marker beside the output folder: inside this one, deleted with it.
    private readonly string root = TempFolders.Create("site-browser-tests");

    public string OutputFolder => Path.Combine(root, "site");

    public StaticSiteServer Server { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(OutputFolder);
        Server = await StaticSiteServer.StartAsync(OutputFolder);
        BuildSite();

        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: {ToolPaths.InstallHint}.");
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumArgs });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        playwright?.Dispose();
        if (Server is not null)
            await Server.DisposeAsync();
        TempFolders.Delete(root);
    }

    /// <summary>A fresh context per test, so cookies, storage and listeners never leak between tests.</summary>
    public Task<IBrowserContext> NewContextAsync(int width = 1280, bool bypassCsp = false) =>
        Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = 800 },
            Locale = "vi-VN",
            BypassCSP = bypassCsp,
        });

    private void BuildSite()
    {
        var result = SiteBuilder.Build(new BuildOptions(RepositoryPaths.Input, RepositoryPaths.Theme, OutputFolder)
        {
            BaseUrl = Server.BaseUrl.ToString(),
        }, StandardSite.Generator());
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Building the site failed:{Environment.NewLine}{string.Join(Environment.NewLine, result.Diagnostics)}");
        }
    }
}
