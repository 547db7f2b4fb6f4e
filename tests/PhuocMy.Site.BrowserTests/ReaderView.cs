using Microsoft.Playwright;

namespace PhuocMy.Site.BrowserTests;

/// <summary>
/// A reader's screen: its width in CSS pixels and the text size the reader chose.
/// <para>
/// The text size is set the way a reader sets it in Chrome's settings (or Android's font size): through the browser's
/// default font size, which the DevTools protocol sets with <c>Page.setFontSizes</c>. Everything sized in rem or em
/// follows it, and so do the theme's em-based breakpoints, exactly as on a real phone; no test stylesheet is injected,
/// so the site's Content-Security-Policy stays in force.
/// </para>
/// </summary>
public sealed record ReaderView(int Width, int Height, int TextPercent)
{
    private const int BrowserDefaultFontPx = 16;
    private const int BrowserDefaultMonospacePx = 13;

    public static readonly ReaderView SmallPhone = new(320, 640, 100);
    public static readonly ReaderView PhoneLargeText = new(360, 640, 200);
    public static readonly ReaderView Phone = new(360, 640, 100);
    public static readonly ReaderView Desktop = new(1280, 800, 100);

    /// <summary>For file names and messages: "320", "360-chu-200".</summary>
    public string Name => TextPercent == 100 ? $"{Width}" : $"{Width}-chu-{TextPercent}";

    public override string ToString() => TextPercent == 100 ? $"{Width} px" : $"{Width} px, text at {TextPercent}%";

    public async Task<(IBrowserContext Context, IPage Page)> OpenAsync(IBrowser browser)
    {
        var context = await browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = Width, Height = Height },
            Locale = "vi-VN",
        });
        var page = await context.NewPageAsync();
        if (TextPercent != 100)
        {
            var session = await context.NewCDPSessionAsync(page);
            await session.SendAsync("Page.setFontSizes", new()
            {
                ["fontSizes"] = new Dictionary<string, object>
                {
                    ["standard"] = BrowserDefaultFontPx * TextPercent / 100,
                    ["fixed"] = BrowserDefaultMonospacePx * TextPercent / 100,
                },
            });
        }
        return (context, page);
    }

    /// <summary>The root font size the page got, to prove the text size took effect.</summary>
    public static Task<double> RootFontPxAsync(IPage page) =>
        page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.documentElement).fontSize)");
}
