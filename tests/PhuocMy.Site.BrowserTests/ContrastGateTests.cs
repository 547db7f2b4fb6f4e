namespace PhuocMy.Site.BrowserTests;

/// <summary>Proves the axe gate can fail: a page made low-contrast on purpose must be reported.</summary>
[Collection(SiteCollection.Name)]
public sealed class ContrastGateTests(SiteFixture site)
{
    [Fact]
    public async Task Axe_reports_grey_text_on_white_as_a_color_contrast_violation()
    {
        // The injected <style> is inline, so this one context bypasses the site's CSP.
        await using var context = await site.NewContextAsync(bypassCsp: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.UrlOf("/").ToString());

        await page.AddStyleTagAsync(new() { Content = "body, body * { color: #aaa !important; background: #fff !important; }" });

        var violations = await AxeScan.ViolationsAsync(page, "wcag2aa");
        Assert.Contains(violations, v => v.Id == "color-contrast");
    }
}
