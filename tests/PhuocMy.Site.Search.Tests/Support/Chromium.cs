using Microsoft.Playwright;

namespace PhuocMy.Site.Search.Testing;

/// <summary>One headless Debian Chromium (the team's browser; Playwright's own download does not work here).</summary>
public sealed class Chromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"];

    private readonly IPlaywright playwright;

    private Chromium(IPlaywright playwright, IBrowser browser)
    {
        this.playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<Chromium> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"{ExecutablePath} is missing: run scripts/install-test-deps.sh.");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ExecutablePath, Headless = true, Args = Arguments });
        return new Chromium(playwright, browser);
    }

    /// <summary>A phone-sized context; <paramref name="bypassCsp"/> only for tools that inject scripts (axe).</summary>
    public Task<IBrowserContext> NewContextAsync(bool javaScript = true, bool bypassCsp = false, int width = 412) =>
        Browser.NewContextAsync(new()
        {
            Locale = "vi-VN",
            JavaScriptEnabled = javaScript,
            BypassCSP = bypassCsp,
            ViewportSize = new() { Width = width, Height = 900 },
        });

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
    }
}
