using Microsoft.Playwright;

namespace PhuocMy.Site.BrowserTests;

/// <summary>
/// On a 360 × 640 phone the first screen shows a headline, not only the header: the menu is one button that works
/// without JavaScript, by keyboard and for screen readers; the site name takes at most two lines; the notice is short
/// and opens on request. On a wide screen the menu is a bar.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class PhoneHeaderTests(SiteFixture site)
{
    [Fact]
    public async Task The_first_headline_of_the_home_page_is_on_the_first_screen_of_a_360_by_640_phone()
    {
        var (context, page) = await ReaderView.Phone.OpenAsync(site.Browser);
        await using var _ = context;
        await page.GotoAsync(site.Server.UrlOf("/").ToString(), new() { WaitUntil = WaitUntilState.NetworkIdle });

        var headline = page.Locator("main :is(h2, h3) a[href^='/tin-tuc/']").First;
        var box = await headline.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Y >= 0 && box.Y + box.Height <= ReaderView.Phone.Height,
            $"The first headline «{await headline.TextContentAsync()}» spans {box.Y:0}–{box.Y + box.Height:0} px; the first screen ends at {ReaderView.Phone.Height} px");
    }

    [Fact]
    public async Task The_site_name_takes_one_or_two_lines_on_a_phone()
    {
        var (context, page) = await ReaderView.Phone.OpenAsync(site.Browser);
        await using var _ = context;
        await page.GotoAsync(site.Server.UrlOf("/").ToString());

        var lines = await page.EvaluateAsync<double>("""
            () => { const name = document.querySelector('.site-title span');
                    return name.getBoundingClientRect().height / parseFloat(getComputedStyle(name).lineHeight); }
            """);
        Assert.True(lines is >= 0.9 and < 2.1, $"The site name takes {lines:0.0} lines at 360 px");
    }

    [Fact]
    public async Task On_a_phone_the_menu_is_one_button_that_opens_without_javascript()
    {
        var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 360, Height = 640 }, JavaScriptEnabled = false, Locale = "vi-VN" });
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.UrlOf("/").ToString());

        var button = page.Locator(".site-menu > summary");
        var archiveLink = page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = "Lưu trữ" });
        await Assertions.Expect(button).ToBeVisibleAsync();
        Assert.Equal("Menu", (await button.TextContentAsync())!.Trim());
        await Assertions.Expect(archiveLink).ToBeHiddenAsync();
        var header = await page.Locator(".site-header").BoundingBoxAsync();
        Assert.True(header!.Height < 200, $"The header is {header.Height:0} px tall on a 360 × 640 phone");

        await button.ClickAsync();
        await Assertions.Expect(archiveLink).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".site-search input[name=q]")).ToBeVisibleAsync();
        await button.ClickAsync();
        await Assertions.Expect(archiveLink).ToBeHiddenAsync();
    }

    [Fact]
    public async Task The_menu_button_is_reached_with_tab_toggled_with_enter_and_announced_as_expanded()
    {
        var (context, page) = await ReaderView.Phone.OpenAsync(site.Browser);
        await using var _ = context;
        await page.GotoAsync(site.Server.UrlOf("/").ToString());

        string? focusedClass = null;
        for (var tab = 0; tab < 4 && focusedClass != "menu-button"; tab++)
        {
            await page.Keyboard.PressAsync("Tab");
            focusedClass = await page.EvaluateAsync<string?>("() => document.activeElement?.className");
        }
        Assert.Equal("menu-button", focusedClass);
        var focus = await FocusedElement.ReadAsync(page);
        Assert.True(focus!.FocusVisible && focus.OnScreen, "The focused menu button shows no focus");

        var session = await context.NewCDPSessionAsync(page);
        Assert.Equal(("Menu", false), await ButtonStateAsync(session));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal(("Menu", true), await ButtonStateAsync(session));
        await Assertions.Expect(page.Locator(".main-nav a").First).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("/", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".main-nav a").First).ToBeHiddenAsync();
    }

    /// <summary>
    /// What Chromium tells screen readers about the menu button (from its accessibility tree, through the DevTools
    /// protocol): a button-like role (a &lt;summary&gt; is a disclosure triangle, which platforms expose as a button),
    /// its name, and whether it is expanded.
    /// </summary>
    private static async Task<(string Name, bool Expanded)> ButtonStateAsync(ICDPSession session)
    {
        var document = await session.SendAsync("DOM.getDocument");
        var root = document!.Value.GetProperty("root").GetProperty("nodeId").GetInt32();
        var found = await session.SendAsync("DOM.querySelector", new() { ["nodeId"] = root, ["selector"] = ".site-menu > summary" });
        var tree = await session.SendAsync("Accessibility.getPartialAXTree", new()
        {
            ["nodeId"] = found!.Value.GetProperty("nodeId").GetInt32(),
            ["fetchRelatives"] = false,
        });
        var node = tree!.Value.GetProperty("nodes")[0];
        var role = node.GetProperty("role").GetProperty("value").GetString();
        Assert.True(role is "DisclosureTriangle" or "button", $"The menu button has the role {role}");
        var name = node.GetProperty("name").GetProperty("value").GetString() ?? "";
        var expanded = node.GetProperty("properties").EnumerateArray()
            .Where(p => p.GetProperty("name").GetString() == "expanded")
            .Select(p => p.GetProperty("value").GetProperty("value").GetBoolean())
            .ToList();
        Assert.True(expanded.Count == 1, "The menu button does not say whether it is expanded");
        return (name.Trim(), expanded[0]);
    }

    [Fact]
    public async Task On_a_wide_screen_the_menu_is_a_bar_without_a_button()
    {
        var (context, page) = await ReaderView.Desktop.OpenAsync(site.Browser);
        await using var _ = context;
        await page.GotoAsync(site.Server.UrlOf("/").ToString());

        await Assertions.Expect(page.Locator(".site-menu > summary")).ToBeHiddenAsync();
        var links = page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link);
        Assert.Equal(10, await links.CountAsync());
        foreach (var link in await links.AllAsync())
            await Assertions.Expect(link).ToBeVisibleAsync();
        var first = await links.First.BoundingBoxAsync();
        var last = await links.Last.BoundingBoxAsync();
        Assert.True(Math.Abs(first!.Y - last!.Y) < 1, "At 1280 px the menu should fit on one row");
        await Assertions.Expect(page.GetByRole(AriaRole.Search).GetByLabel("Tìm kiếm")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".site-notice a[href='/gioi-thieu/']")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task On_a_phone_the_notice_is_short_and_opens_to_the_whole_text()
    {
        var (context, page) = await ReaderView.Phone.OpenAsync(site.Browser);
        await using var _ = context;
        await page.GotoAsync(site.Server.UrlOf("/").ToString());

        var summary = page.Locator(".site-notice summary");
        var more = page.Locator(".site-notice a[href='/gioi-thieu/']");
        await Assertions.Expect(summary).ToContainTextAsync("Xem thêm");
        await Assertions.Expect(more).ToBeHiddenAsync();
        var box = await summary.BoundingBoxAsync();
        Assert.True(box!.Height <= 80, $"The notice takes {box.Height:0} px before it is opened");

        await summary.ClickAsync();
        await Assertions.Expect(more).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".site-notice")).ToContainTextAsync("phường An Hải Bắc và phường An Hải Nam");
    }
}
