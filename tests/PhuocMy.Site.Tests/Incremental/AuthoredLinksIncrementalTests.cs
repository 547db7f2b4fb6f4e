using AngleSharp.Html.Parser;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Composition;
using PhuocMy.Site.Pipeline;

namespace PhuocMy.Site.Tests.Incremental;

/// <summary>
/// What authors write that depends on other files stays right in incremental builds: a link to another post's
/// <c>.md</c> file follows that post when it changes its address, is replaced or goes; and a problem the page checks
/// find with an author's link names the file and its current line even when the page's check came from the cache.
/// </summary>
public sealed class AuthoredLinksIncrementalTests
{
    private const string Linking = "input/posts/2025/tin-co-lien-ket.md";
    private const string Target = "input/posts/2025/tin-dich.md";

    private static string LinkingPost(string before = "") =>
        $"---\ntitle: Tin có liên kết tới tin khác\ndate: 2025-06-21 09:00\ncategory: Thông báo\nsample: true\n---\nĐoạn mở đầu của tin có liên kết.\n\n{before}Xem thêm [tin liên quan](tin-dich.md).\n";

    // Another category, years earlier: the target is neither a neighbour nor related, so the linking page's HTML does not change when it goes.
    private static string TargetPost(string title, string? slug = null) =>
        $"---\ntitle: {title}\ndate: 2019-01-02 09:00\ncategory: Tin tức - Sự kiện\n{(slug is null ? "" : $"slug: {slug}\n")}sample: true\n---\nNội dung của {title.ToLowerInvariant()}.\n";

    private static string LinkOf(WorkingSite site) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "tin-tuc", "tin-co-lien-ket", "index.html")))
            .QuerySelector(".post-body a[href*='tin-']")!.GetAttribute("href")!;

    private static BuildResult Build(WorkingSite site) =>
        SiteBuilder.Build(new BuildOptions(site.Input, site.Theme, site.Output) { CacheDirectory = site.CacheFolder }, StandardSite.Generator());

    [Fact]
    public void A_link_to_a_posts_md_file_follows_the_post_when_its_slug_changes_or_another_post_takes_its_file()
    {
        using var site = new WorkingSite();
        site.Write(Target, TargetPost("Tin đích"));
        site.Write(Linking, LinkingPost());
        site.Incremental();
        Assert.Equal("/tin-tuc/tin-dich/", LinkOf(site));

        site.Write(Target, TargetPost("Tin đích", slug: "tin-dich-da-doi"));
        site.Incremental();
        Assert.Empty(site.DifferencesFromFull());
        Assert.Equal("/tin-tuc/tin-dich-da-doi/", LinkOf(site));

        File.Move(site.PathOf(Target), site.PathOf("input/posts/2025/tin-dich-cu.md"));
        site.Write(Target, TargetPost("Tin thay thế", slug: "tin-thay-the"));
        site.Incremental();
        Assert.Empty(site.DifferencesFromFull());
        Assert.Equal("/tin-tuc/tin-thay-the/", LinkOf(site));
    }

    [Fact]
    public void A_link_to_a_posts_md_file_that_is_renamed_away_fails_the_incremental_build_at_the_links_line()
    {
        using var site = new WorkingSite();
        site.Write(Target, TargetPost("Tin đích"));
        site.Write(Linking, LinkingPost());
        site.Incremental();

        File.Move(site.PathOf(Target), site.PathOf("input/posts/2025/tin-dich-doi-ten.md"));
        var result = Build(site);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("input/posts/2025/tin-co-lien-ket.md", 9), (error.File, error.Line ?? 0));
        Assert.Contains("tin-dich.md", error.Message);
        Assert.Contains("/tin-tuc/", error.Hint);
    }

    [Fact]
    public void A_broken_link_found_on_a_page_whose_check_was_cached_names_the_authors_file_and_current_line_in_every_build()
    {
        using var site = new WorkingSite();
        site.Write("input/posts/2025/tin-dich.md", TargetPost("Tin đích"));
        site.Write(Linking, LinkingPost().Replace("(tin-dich.md)", "(/tin-tuc/tin-dich/)"));
        site.Incremental();

        // The target goes: the linking page is the same HTML as before, so its check comes from the last successful build's cache.
        File.Delete(site.PathOf(Target));
        for (var build = 0; build < 2; build++)
        {
            var result = Build(site);
            Assert.False(result.Succeeded);
            var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
            Assert.Equal(("input/posts/2025/tin-co-lien-ket.md", 9), (error.File, error.Line ?? 0));
            Assert.Contains("/tin-tuc/tin-dich/", error.Message);
        }

        // Blank lines above the link move it; the page's HTML (and so its cached check) is unchanged.
        site.Write(Linking, LinkingPost(before: "\n\n\n").Replace("(tin-dich.md)", "(/tin-tuc/tin-dich/)"));
        var moved = Build(site);
        var movedError = Assert.Single(moved.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("input/posts/2025/tin-co-lien-ket.md", 12), (movedError.File, movedError.Line ?? 0));
    }

    [Fact]
    public void A_post_read_from_the_cache_whose_layout_leaves_the_theme_is_blamed_at_its_layout_line()
    {
        using var site = new WorkingSite();
        File.Copy(site.PathOf("theme/_layouts/post.liquid"), site.PathOf("theme/_layouts/tin-dac-biet.liquid"));
        site.Write(Linking, LinkingPost().Replace("sample: true\n", "sample: true\nlayout: tin-dac-biet\n").Replace("(tin-dich.md)", "(/tin-tuc/)"));
        site.Incremental();

        File.Delete(site.PathOf("theme/_layouts/tin-dac-biet.liquid"));
        var result = Build(site);

        Assert.False(result.Succeeded);
        Assert.True(result.Cache!.ParsedReused > 0);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("input/posts/2025/tin-co-lien-ket.md", 6), (error.File, error.Line ?? 0));
        Assert.Contains("tin-dac-biet", error.Message);
    }
}
