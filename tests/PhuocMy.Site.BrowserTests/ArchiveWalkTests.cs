using Microsoft.Playwright;

namespace PhuocMy.Site.BrowserTests;

/// <summary>A reader finds an old post the way people do: from the home page, by the menus, in a few clicks.</summary>
[Collection(SiteCollection.Name)]
public sealed class ArchiveWalkTests(SiteFixture site)
{
    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task From_the_home_page_through_the_archive_menu_to_a_2019_post(int width)
    {
        await using var context = await site.NewContextAsync(width);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.UrlOf("/").ToString());

        // On a phone the menu is behind its button; on a wide screen it is a bar.
        if (width < 896)
            await page.Locator(".site-menu > summary").ClickAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = "Lưu trữ" }).ClickAsync();
        await page.WaitForURLAsync("**/luu-tru/");

        await page.GetByRole(AriaRole.Link, new() { Name = "Năm 2019", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/luu-tru/2019/");

        var firstPost = page.Locator(".post-card-title a").First;
        var title = (await firstPost.TextContentAsync())!.Trim();
        await firstPost.ClickAsync();
        await page.WaitForURLAsync("**/tin-tuc/**");

        Assert.Equal(title, (await page.Locator("h1").TextContentAsync())!.Trim());
        Assert.Contains("2019", await page.Locator(".post-meta time").First.TextContentAsync());
    }

    [Fact]
    public async Task From_the_home_page_through_a_category_block_to_a_post_and_its_neighbour()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.UrlOf("/").ToString());

        await page.Locator(".category-block h2 a").First.ClickAsync();
        await page.WaitForURLAsync("**/chuyen-muc/**");
        await page.Locator(".post-card-title a").First.ClickAsync();
        await page.WaitForURLAsync("**/tin-tuc/**");

        var older = page.Locator(".post-nav-older a");
        var olderTitle = (await older.TextContentAsync())!.Trim();
        await older.ClickAsync();
        Assert.Equal(olderTitle, (await page.Locator("h1").TextContentAsync())!.Trim());
    }
}
