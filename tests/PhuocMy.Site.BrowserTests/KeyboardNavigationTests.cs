using Microsoft.Playwright;

namespace PhuocMy.Site.BrowserTests;

[Collection(SiteCollection.Name)]
public sealed class KeyboardNavigationTests(SiteFixture site)
{
    private const int MaxTabsToNavigation = 15;

    [Fact]
    public async Task Tab_reaches_skip_link_first_then_main_navigation_and_Enter_follows_a_link()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var home = site.Server.UrlOf("/").ToString();
        await page.GotoAsync(home);

        await page.Keyboard.PressAsync("Tab");
        var skipLink = await FocusedElement.ReadAsync(page);
        Assert.NotNull(skipLink);
        Assert.True(skipLink.Tag == "a" && skipLink.Href.StartsWith('#'), $"The first Tab should focus a skip link to the content, but focused {skipLink}");
        Assert.True(skipLink.TargetInMain, $"The skip link {skipLink} should lead to <main> or into it");
        AssertVisiblyFocused(skipLink);

        var navigationLink = await TabToNavigationLinkAwayFrom(page, home);
        var expected = new Uri(new Uri(home), navigationLink.Href).ToString();
        // The wait starts before the key press: the local page can load before a wait begun afterwards would notice.
        var arrival = page.WaitForURLAsync(url => url == expected, new() { Timeout = 5_000, WaitUntil = WaitUntilState.Commit });
        await page.Keyboard.PressAsync("Enter");
        try
        {
            await arrival;
        }
        catch (TimeoutException)
        {
            Assert.Fail($"Enter on {navigationLink} should open {expected}, but the page is at {page.Url}");
        }
    }

    /// <summary>Tabs on until a link of a labelled &lt;nav&gt; leading to another page has focus; every stop must show focus.</summary>
    private static async Task<FocusedElement> TabToNavigationLinkAwayFrom(IPage page, string currentUrl)
    {
        var visited = new List<string>();
        for (var tab = 0; tab < MaxTabsToNavigation; tab++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await FocusedElement.ReadAsync(page);
            Assert.NotNull(focused);
            visited.Add(focused.ToString());
            AssertVisiblyFocused(focused);

            if (focused is { Tag: "a", InLabelledNav: true } && !focused.Href.StartsWith('#')
                && new Uri(new Uri(currentUrl), focused.Href).ToString() != currentUrl)
                return focused;
        }
        Assert.Fail($"No link of a <nav aria-label> reached within {MaxTabsToNavigation} Tabs; focus went: {string.Join(" → ", visited)}");
        return null!;
    }

    private static void AssertVisiblyFocused(FocusedElement focused)
    {
        Assert.True(focused.FocusVisible, $"{focused} has focus but no visible outline or box-shadow");
        Assert.True(focused.OnScreen, $"{focused} has focus but is not shown on screen");
    }
}
