using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Tests.Support;

namespace PhuocMy.Site.Tests.WholeSite;

/// <summary>
/// A broken link found in the rendered pages is reported where the author fixes it: the line of the post that wrote
/// it, or the line of site.yml for a menu entry shown on every page (not "404.html and 30 other pages"); a problem
/// several posts share names each of them.
/// </summary>
public sealed class ProblemLocationTests
{
    [Fact]
    public void A_broken_link_in_a_post_names_the_post_and_its_line()
    {
        var result = new TestSite()
            .Post("a", "Tin A", "2020-07-15", body: "Đoạn mở đầu.\n\nXem [mẫu đơn](/khong-co-trang-nay/) để biết thêm.")
            .Generate();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("input/posts/a.md", error.File);
        Assert.Equal(9, error.Line);
        Assert.Contains("/khong-co-trang-nay/", error.Message);
    }

    [Fact]
    public void A_broken_menu_link_in_site_yml_is_reported_once_at_its_line_in_site_yml()
    {
        var settings = TestSite.Settings.Replace("  - { title: Lịch công tác, url: /lich-cong-tac/ }", "  - { title: Hỏi đáp, url: /hoi-dap-khong-co/ }", StringComparison.Ordinal);
        var site = new TestSite(settings);
        for (var i = 0; i < 6; i++) site.Post($"tin-{i}", $"Tin số {i}", $"2020-07-{10 + i}");

        var result = site.Generate();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("input/site.yml", error.File);
        var line = settings.Split('\n').ToList().FindIndex(l => l.Contains("/hoi-dap-khong-co/", StringComparison.Ordinal)) + 1;
        Assert.Equal(line, error.Line);
        Assert.Contains("trang khác cùng lỗi này", error.Message);
    }

    [Fact]
    public void The_same_broken_link_in_several_posts_names_every_post()
    {
        var site = new TestSite();
        for (var i = 0; i < 5; i++) site.Post($"tin-{i}", $"Tin số {i}", $"2020-07-{10 + i}", body: "Đoạn mở đầu.\n\nXem [biểu mẫu](/bieu-mau-cu/).");

        var result = site.Generate();

        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"input/posts/tin-{i}.md"), errors.Select(e => e.File).Order(StringComparer.Ordinal));
        Assert.All(errors, e => Assert.Equal(9, e.Line));
    }
}
