namespace PhuocMy.Site.BrowserTests.Editor;

/// <summary>
/// The headers of the built site as Netlify's own parsers resolve them (netlify.toml and the _headers file the build
/// writes): every file but the editor's keeps exactly the site's policy, sent once; /admin/ gets only its own.
/// </summary>
[Collection(EditorCollection.Name)]
public sealed class NetlifyHeadersTests(EditorFixture fixture)
{
    // The policy the site had before the editor existed: it must not change by a character.
    private const string SitePolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    [Fact]
    public void Every_published_file_and_unknown_address_outside_admin_keeps_the_sites_policy_once()
    {
        var paths = Directory.EnumerateFiles(fixture.Repository.Output, "*", SearchOption.AllDirectories)
            .Select(file => "/" + Path.GetRelativePath(fixture.Repository.Output, file).Replace('\\', '/'))
            .Where(path => !path.StartsWith("/admin/", StringComparison.Ordinal))
            .Concat(["/", "/khong-co-trang-nay", "/a", "/ad/", "/adm/x", "/admi", "/adminx/", "/administration/", "/ADM/", "/tin-tuc/", "/%E1%BA%A3nh/"])
            .ToList();
        Assert.True(paths.Count > 300, $"only {paths.Count} paths were checked");
        Assert.All(paths, path =>
        {
            var sent = fixture.Server.Rules.For(path);
            Assert.Equal([SitePolicy], sent.GetValueOrDefault("Content-Security-Policy") ?? []);
            Assert.Equal(["same-origin"], sent.GetValueOrDefault("Cross-Origin-Opener-Policy") ?? []);
            Assert.Equal(["nosniff"], sent.GetValueOrDefault("X-Content-Type-Options") ?? []);
        });
    }

    [Theory]
    [InlineData("/admin/")]
    [InlineData("/admin")]
    [InlineData("/admin/index.html")]
    [InlineData("/admin/config.yml")]
    [InlineData("/admin/decap-cms.js")]
    [InlineData("/ADMIN/")]
    public void The_editor_gets_only_its_own_policy(string path)
    {
        var sent = fixture.Server.Rules.For(path);
        var policy = Assert.Single(sent["Content-Security-Policy"]);
        Assert.NotEqual(SitePolicy, policy);
        Assert.Contains("style-src 'self' 'unsafe-inline'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Contains("object-src 'none'", policy);
        Assert.DoesNotContain("'unsafe-inline'", policy.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)));
        Assert.Equal(["same-origin-allow-popups"], sent["Cross-Origin-Opener-Policy"]);
        Assert.Equal(["nosniff"], sent["X-Content-Type-Options"]);
    }

    [Fact]
    public async Task A_public_page_runs_under_the_sites_policy_with_no_violation()
    {
        await using var reader = await EditorSession.OpenPageAsync(fixture);
        foreach (var path in new[] { "/", "/so-lieu/thu-ngan-sach-6-thang-2020/", "/tim-kiem/", "/khong-co-trang-nay" })
        {
            var response = await reader.Page.GotoAsync(fixture.Server.UrlOf(path).ToString());
            Assert.Equal(SitePolicy, await response!.HeaderValueAsync("content-security-policy"));
        }
        Assert.Empty(reader.CspViolations);
    }
}
