using Microsoft.Playwright;
using PhuocMy.Site.Composition;
using PhuocMy.Site.Pipeline;

namespace PhuocMy.Site.BrowserTests.Editor;

[CollectionDefinition(Name)]
public sealed class EditorCollection : ICollectionFixture<EditorFixture>
{
    public const string Name = "editor at /admin/ with its local backend";
}

/// <summary>
/// Everything the editor runs on, for real: a temporary git copy of the repository, the site built from it into its
/// _site, served with the headers Netlify resolves from netlify.toml and the built _headers, decap-server over the
/// copy, and Debian's Chromium. The tests of the collection share it and run one after another.
/// </summary>
public sealed class EditorFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public EditorRepository Repository { get; } = EditorRepository.Create();
    public NetlifySiteServer Server { get; private set; } = null!;
    public DecapServer Backend { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Screenshots the staff guide shows (docs/huong-dan/anh/ holds the copies committed with it).</summary>
    public static string Screenshots => Path.Combine(ToolPaths.Artifacts, "editor");

    public async ValueTask InitializeAsync()
    {
        Server = await NetlifySiteServer.StartAsync(Repository.Output);
        Build();
        Backend = await DecapServer.StartAsync(Repository.Root);
        if (!File.Exists("/usr/bin/chromium")) throw new InvalidOperationException($"/usr/bin/chromium is missing: {ToolPaths.InstallHint}.");
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium", Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(Screenshots);
    }

    /// <summary>Builds the copy's main branch as Netlify would after a merge, and takes up the headers it wrote.</summary>
    public void Build()
    {
        var result = SiteBuilder.Build(new BuildOptions(Repository.Input, Repository.Theme, Repository.Output) { BaseUrl = Server.BaseUrl.ToString() }, StandardSite.Generator());
        if (!result.Succeeded)
            throw new InvalidOperationException("Building the copy failed:" + Environment.NewLine + string.Join(Environment.NewLine, result.Diagnostics));
        Server.Rules = NetlifyHeaderRules.Read(Repository.Root);
    }

    public Task<IBrowserContext> NewContextAsync() =>
        Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "vi-VN", TimezoneId = "Asia/Ho_Chi_Minh" });

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        if (Backend is not null) await Backend.DisposeAsync();
        if (Server is not null) await Server.DisposeAsync();
        Repository.Dispose();
    }
}
