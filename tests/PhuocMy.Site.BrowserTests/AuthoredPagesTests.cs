using Microsoft.Playwright;
using PhuocMy.Site.Composition;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Testing;

namespace PhuocMy.Site.BrowserTests;

/// <summary>
/// The pages made from what authors paste and type (footnotes, cleaned HTML, images with spaces in their names, Hugo and
/// Jekyll habits: the fixture posts of the unit tests) are valid HTML, pass axe and load under the strict CSP.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class AuthoredPagesTests(SiteFixture site, AuthoredSite authored) : IClassFixture<AuthoredSite>
{
    private static string PathOf(string post) => $"/tin-tuc/{Path.GetFileNameWithoutExtension(post)}/";

    [Fact]
    public async Task Every_authored_page_is_valid_html()
    {
        var pages = Path.Combine(authored.Root, "pages");
        Directory.CreateDirectory(pages);
        foreach (var post in AuthoredSite.Posts)
            File.Copy(Path.Combine(authored.Output, "tin-tuc", Path.GetFileNameWithoutExtension(post), "index.html"), Path.Combine(pages, Path.GetFileNameWithoutExtension(post) + ".html"));

        var errors = await VnuChecker.ErrorsInAsync(pages, TestContext.Current.CancellationToken);

        Assert.True(errors.Count == 0, $"The W3C Nu HTML Checker found {errors.Count} errors:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
    }

    [Theory]
    [InlineData("chu-thich.md")]
    [InlineData("html-dan-vao.md")]
    [InlineData("ten-tep-co-dau.md")]
    [InlineData("anh-dau-bai.md")]
    public async Task An_authored_page_loads_under_the_csp_and_has_no_wcag_21_aa_violations(string post)
    {
        await using var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 360, Height = 800 }, Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page);
        var response = await page.GotoAsync(authored.Server.UrlOf(PathOf(post)).ToString(), new() { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.Equal(200, response?.Status);
        Assert.True(problems.All.Count == 0, $"{post}: {string.Join(Environment.NewLine, problems.All)}");
        var violations = await AxeScan.ViolationsAsync(page);
        Assert.True(violations.Count == 0, $"axe found violations on {post}:{Environment.NewLine}{AxeScan.Describe(violations)}");
    }

    [Fact]
    public async Task An_image_whose_name_has_spaces_and_vietnamese_letters_is_shown()
    {
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(authored.Server.UrlOf(PathOf("ten-tep-co-dau.md")).ToString(), new() { WaitUntil = WaitUntilState.NetworkIdle });
        var width = await page.EvaluateAsync<int>("document.querySelector('.post-body img').naturalWidth");
        Assert.True(width > 0, "the image did not load");
    }
}

/// <summary>The real input plus the fixture posts that build, built once into a folder and served.</summary>
public sealed class AuthoredSite : IAsyncLifetime
{
    /// <summary>The fixture posts that build (the others are meant to fail with a message).</summary>
    public static readonly string[] Posts =
    [
        "dan-tu-word.md", "uoc-tinh-so-ho.md", "anh-dau-bai.md", "chi-co-tieu-de.md", "html-dan-vao.md", "hugo-toml.md",
        "jekyll-thoi-quen.markdown", "chu-thich.md", "lien-ket-md.md", "ten-tep-co-dau.md",
    ];

    private static readonly string FixtureFolder = Path.Combine(RepositoryPaths.Root, "tests", "PhuocMy.Site.Tests", "Authoring", "Fixtures", "posts");

    public string Root { get; } = TempFolders.Create("authored-pages");
    public StaticSiteServer Server { get; private set; } = null!;

    private string Input => Path.Combine(Root, "input");
    public string Output => Path.Combine(Root, "site");

    public async ValueTask InitializeAsync()
    {
        CopyFolder(RepositoryPaths.Input, Input);
        var posts = Path.Combine(Input, "posts", "tac-gia");
        Directory.CreateDirectory(posts);
        foreach (var name in Posts) File.Copy(Path.Combine(FixtureFolder, name), Path.Combine(posts, name));
        const string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 40 30\"><rect width=\"40\" height=\"30\" fill=\"#d9d4ca\"/></svg>";
        foreach (var image in new[] { "ve-sinh-bien.svg", "so-do.svg", "hội nghị.svg".Normalize(System.Text.NormalizationForm.FormD) }) File.WriteAllText(Path.Combine(Input, "images", image), svg);
        Directory.CreateDirectory(Path.Combine(Input, "files"));
        File.WriteAllText(Path.Combine(Input, "files", "lich-tiep-cong-dan-8-2020.pdf"), "%PDF-1.4");
        // The fixture links to the other posts by their file in the same folder, as an author would.
        File.WriteAllText(Path.Combine(posts, "lien-ket-md.md"), File.ReadAllText(Path.Combine(posts, "lien-ket-md.md")).Replace("/posts/chu-thich.md", "chu-thich.md"));

        Directory.CreateDirectory(Output);
        Server = await StaticSiteServer.StartAsync(Output);
        var result = SiteBuilder.Build(new BuildOptions(Input, RepositoryPaths.Theme, Output) { BaseUrl = Server.BaseUrl.ToString() }, StandardSite.Generator());
        if (!result.Succeeded)
            throw new InvalidOperationException($"Building the authored pages failed:{Environment.NewLine}{string.Join(Environment.NewLine, result.Diagnostics)}");
    }

    public async ValueTask DisposeAsync()
    {
        if (Server is not null) await Server.DisposeAsync();
        TempFolders.Delete(Root);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
