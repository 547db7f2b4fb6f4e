namespace PhuocMy.Site.BrowserTests;

[Collection(SiteCollection.Name)]
public sealed class HtmlValidityTests(SiteFixture site)
{
    [Fact]
    public async Task Every_built_page_is_valid_html()
    {
        Assert.NotEmpty(Directory.EnumerateFiles(site.OutputFolder, "*.html", SearchOption.AllDirectories));

        var errors = await VnuChecker.ErrorsInAsync(site.OutputFolder, TestContext.Current.CancellationToken);

        Assert.True(errors.Count == 0,
            $"The W3C Nu HTML Checker found {errors.Count} errors:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
    }
}
