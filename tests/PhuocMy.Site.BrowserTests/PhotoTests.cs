using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace PhuocMy.Site.BrowserTests;

/// <summary>
/// On a 360-px phone a photo comes as its 360-px WebP, never a larger variant, within the issue's byte budgets
/// (home page: all images ≤ 150 KB; a post's lead photo ≤ 60 KB), and nothing is wider than the screen.
/// </summary>
public sealed class PhotoTests(PhotoSiteFixture site, ITestOutputHelper output) : IClassFixture<PhotoSiteFixture>
{
    private const int HomeBudget = 150 * 1024;
    private const int LeadBudget = 60 * 1024;

    [Fact]
    public async Task A_phone_loads_the_360_webp_of_the_lead_photo_and_nothing_overflows()
    {
        await using var context = await site.PhoneAsync();
        var page = await context.NewPageAsync();
        var images = Record(page);
        await page.GotoAsync(site.Server.UrlOf(PhotoSiteFixture.PostUrl).ToString(), new() { WaitUntil = WaitUntilState.Load });

        var lead = page.Locator(".lead-image img");
        var current = await lead.EvaluateAsync<string>("img => img.currentSrc");
        Assert.Matches(@"/images/ra-quan-don-ve-sinh-360\.[0-9a-f]{10}\.webp$", current);
        await Assertions.Expect(lead).ToHaveJSPropertyAsync("complete", true);

        var loaded = await Loaded(images);
        Assert.DoesNotContain(loaded.Keys, url => System.Text.RegularExpressions.Regex.IsMatch(url, @"-(720|1080|1600)\.[0-9a-f]{10}\.(webp|jpg)$"));
        var leadFile = Assert.Single(loaded, pair => pair.Key.Contains("ra-quan-don-ve-sinh-360.", StringComparison.Ordinal)).Value;
        // Upright: the phone stored the 4000 × 3000 scene sideways (3000 × 4000, orientation 6); ignoring the
        // orientation would give 360 × 480.
        using (var decoded = NetVips.Image.NewFromBuffer(leadFile))
            Assert.Equal((360, 270), (decoded.Width, decoded.Height));
        var leadBytes = leadFile.Length;
        output.WriteLine($"lead photo at 360 px: {leadBytes:N0} bytes");
        Assert.True(leadBytes <= LeadBudget, $"the lead photo at 360 px is {leadBytes:N0} bytes, over the {LeadBudget:N0} budget");

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            "the page is wider than the 360 px screen");
        var box = await lead.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= 360, $"the lead photo spans {box.X}..{box.X + box.Width}");
    }

    [Fact]
    public async Task The_photo_in_the_body_is_lazy_and_also_comes_at_360_when_scrolled_to()
    {
        await using var context = await site.PhoneAsync();
        var page = await context.NewPageAsync();
        var images = Record(page);
        await page.GotoAsync(site.Server.UrlOf(PhotoSiteFixture.PostUrl).ToString());
        var photo = page.Locator(".post-body picture img");
        Assert.Equal("lazy", await photo.GetAttributeAsync("loading"));
        await photo.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(photo).ToHaveJSPropertyAsync("complete", true);
        Assert.Matches(@"/images/bo-bien-sau-khi-don-360\.[0-9a-f]{10}\.webp$", await photo.EvaluateAsync<string>("img => img.currentSrc"));
        Assert.DoesNotContain((await Loaded(images)).Keys, url => url.Contains("bo-bien-sau-khi-don-720", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_home_page_on_a_phone_stays_within_its_image_budget()
    {
        await using var context = await site.PhoneAsync();
        var page = await context.NewPageAsync();
        var images = Record(page);
        await page.GotoAsync(site.Server.UrlOf("/").ToString(), new() { WaitUntil = WaitUntilState.Load });

        var featured = page.Locator(".featured-post img").First;
        Assert.Matches(@"-360\.[0-9a-f]{10}\.webp$", await featured.EvaluateAsync<string>("img => img.currentSrc"));
        var loaded = await Loaded(images);
        var total = loaded.Values.Sum(bytes => (long)bytes.Length);
        output.WriteLine($"home page images at 360 px: {total:N0} bytes ({string.Join(", ", loaded.Select(pair => $"{pair.Key} {pair.Value.Length:N0}"))})");
        Assert.True(total <= HomeBudget, $"the home page loads {total:N0} bytes of images at 360 px, over the {HomeBudget:N0} budget: {string.Join(", ", loaded.Select(pair => $"{pair.Key} {pair.Value.Length:N0}"))}");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            "the home page is wider than the 360 px screen");
    }

    private static ConcurrentBag<IResponse> Record(IPage page)
    {
        var responses = new ConcurrentBag<IResponse>();
        page.Response += (_, response) =>
        {
            if (response.Request.ResourceType == "image") responses.Add(response);
        };
        return responses;
    }

    /// <summary>Every image the page fetched, with its bytes.</summary>
    private static async Task<Dictionary<string, byte[]>> Loaded(ConcurrentBag<IResponse> responses)
    {
        var bodies = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var response in responses)
            bodies[response.Url] = await response.BodyAsync();
        return bodies;
    }
}
