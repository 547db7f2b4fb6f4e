using System.Threading.Channels;
using Microsoft.Playwright;
using PhuocMy.Site.Preview;
using PhuocMy.Site.Testing;

namespace PhuocMy.Site.BrowserTests;

/// <summary>
/// The preview in a real browser, under the site's Content-Security-Policy: its script reloads the open page after a
/// save, a broken save shows the problems over the last good page, and the fix clears them — with no console error
/// (a CSP violation would be one) and no accessibility violation in the problems panel.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class PreviewReloadTests(SiteFixture site) : IAsyncLifetime
{
    private const string PostFile = "posts/2025/cham-lo-tet-at-ty-2025.md";
    private static readonly float Patience = 60_000;

    private readonly string root = TempFolders.Create("preview-browser");
    private readonly Channel<PreviewBuild> builds = Channel.CreateUnbounded<PreviewBuild>();
    private PreviewServer server = null!;

    private string Input => Path.Combine(root, "input");

    public async ValueTask InitializeAsync()
    {
        Copy(RepositoryPaths.Input, Input);
        Copy(RepositoryPaths.Theme, Path.Combine(root, "theme"));
        server = await PreviewServer.StartAsync(new PreviewOptions(Input, Path.Combine(root, "theme"), Path.Combine(root, "site"), Port: 0),
            build => builds.Writer.TryWrite(build));
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(Patience));
        var first = await builds.Reader.ReadAsync(timeout.Token);
        Assert.True(first.Result.Succeeded, string.Join(Environment.NewLine, first.Result.Diagnostics));
    }

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public async Task The_open_page_reloads_after_a_save_shows_problems_after_a_broken_one_and_recovers()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page);
        var url = new Uri(server.Url, "/tin-tuc/cham-lo-tet-at-ty-2025/").ToString();
        var listening = page.WaitForRequestAsync(request => request.Url.Contains(PreviewAssets.EventsPath, StringComparison.Ordinal),
            new() { Timeout = Patience });
        await page.GotoAsync(url);
        await listening;

        var original = File.ReadAllText(Path.Combine(Input, PostFile));
        File.WriteAllText(Path.Combine(Input, PostFile), original + "\nĐoạn viết thêm khi đang xem trước.\n");
        await Assertions.Expect(page.Locator(".post-body")).ToContainTextAsync("Đoạn viết thêm khi đang xem trước.", new() { Timeout = Patience });

        // A quote opened and never closed: front matter the build cannot read as the author meant.
        var broken = original.Replace("\ntitle: ", "\ntitle: \"Lỗi ", StringComparison.Ordinal);
        Assert.NotEqual(original, broken);
        File.WriteAllText(Path.Combine(Input, PostFile), broken);
        var panel = page.Locator(".xem-truoc-loi");
        await Assertions.Expect(panel).ToBeVisibleAsync(new() { Timeout = Patience });
        await Assertions.Expect(panel).ToContainTextAsync("input/" + PostFile);
        await Assertions.Expect(page.Locator(".post-body")).ToContainTextAsync("Đoạn viết thêm khi đang xem trước.");
        var violations = await AxeScan.ViolationsAsync(page);
        Assert.True(violations.Count == 0, AxeScan.Describe(violations));

        File.WriteAllText(Path.Combine(Input, PostFile), original);
        await Assertions.Expect(panel).ToHaveCountAsync(0, new() { Timeout = Patience });
        await Assertions.Expect(page.Locator(".post-body")).Not.ToContainTextAsync("Đoạn viết thêm khi đang xem trước.");

        // The event stream is closed on purpose when the page reloads; the browser reports that as an aborted request.
        var unexpected = problems.All.Where(p => !(p.Contains(PreviewAssets.EventsPath, StringComparison.Ordinal) && p.EndsWith("net::ERR_ABORTED", StringComparison.Ordinal))).ToList();
        Assert.True(unexpected.Count == 0, string.Join(Environment.NewLine, unexpected));
    }

    [Fact]
    public async Task A_draft_shows_its_banner_and_the_page_stays_accessible()
    {
        await using var context = await site.NewContextAsync(width: 360);
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page);
        var response = await page.GotoAsync(new Uri(server.Url, "/tin-tuc/hoi-thi-tim-hieu-phap-luat-2023/").ToString());
        Assert.Equal(200, response!.Status);

        await Assertions.Expect(page.Locator(".draft-notice")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".draft-notice")).ToContainTextAsync("Bản nháp");
        var violations = await AxeScan.ViolationsAsync(page);
        Assert.True(violations.Count == 0, AxeScan.Describe(violations));
        Assert.True(problems.All.Count == 0, string.Join(Environment.NewLine, problems.All));
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
