using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Tests.Support;

namespace PhuocMy.Site.Tests.WholeSite;

/// <summary>Drafts, scheduled posts (dated after the build) and lapsed posts (past <c>expires:</c>), at a fixed build time.</summary>
public class PublicationTests
{
    /// <summary>The moment the builds below run at: Monday 21/07/2025 09:00 in Đà Nẵng.</summary>
    private static readonly DateTimeOffset Monday = new(2025, 7, 21, 9, 0, 0, TimeSpan.FromHours(7));

    private static readonly string[] Listings =
    [
        "index.html", "tin-tuc/index.html", "chuyen-muc/thong-bao/index.html", "tu-khoa/cap-nuoc/index.html",
        "luu-tru/2025/index.html", "luu-tru/2025/07/index.html",
    ];

    private static TestSite Site() => new TestSite()
        .Post("hien-hanh", "Thông báo hiện hành", "2025-07-10 08:00", "Thông báo", "[cấp nước]")
        .With("posts/nhap.md", "---\ntitle: Bài đang viết\ndate: 2025-07-18\ncategory: Thông báo\ntags: [cấp nước]\ndraft: true\n---\nThân bài nháp.\n")
        .With("posts/hen-gio.md", "---\ntitle: Lịch tiêm chủng tuần sau\ndate: 2025-07-28 07:00\ncategory: Thông báo\ntags: [cấp nước]\n---\nThân bài hẹn giờ.\n")
        .With("posts/cat-nuoc.md", "---\ntitle: Tạm ngưng cấp nước ngày 19/7\ndate: 2025-07-15 08:00\nexpires: 2025-07-20\ncategory: Thông báo\ntags: [cấp nước, riêng bài này]\n---\nNgưng cấp nước từ 8 giờ đến 17 giờ.\n");

    private static GenerationResult Build(TestSite site, DateTimeOffset now, bool drafts = false, bool future = false)
    {
        var result = site.Generate(new GenerationOptions(IncludeDrafts: drafts) { IncludeFuture = future, Now = now });
        Assert.True(result.Succeeded, TestSite.Describe(result));
        return result;
    }

    private static bool Listed(GenerationResult result, string url) =>
        Listings.Any(path => TestSite.Dom(result, path).QuerySelectorAll(".post-card-title a, .post-links a").Any(a => a.GetAttribute("href") == url));

    private static bool HasPage(GenerationResult result, string path) => result.Files.Any(f => f.Path == path);

    [Fact]
    public void A_public_build_leaves_out_drafts_and_scheduled_posts_and_says_so()
    {
        var result = Build(Site(), Monday);

        Assert.False(HasPage(result, "tin-tuc/nhap/index.html"));
        Assert.False(HasPage(result, "tin-tuc/hen-gio/index.html"));
        Assert.False(Listed(result, "/tin-tuc/nhap/"));
        Assert.False(Listed(result, "/tin-tuc/hen-gio/"));
        Assert.True(Listed(result, "/tin-tuc/hien-hanh/"));

        Assert.Equal(["input/posts/nhap.md"], result.Publication.Drafts.Select(p => p.SourcePath));
        Assert.Equal(["input/posts/hen-gio.md"], result.Publication.Scheduled.Select(p => p.SourcePath));
        Assert.Equal(new DateTimeOffset(2025, 7, 28, 7, 0, 0, TimeSpan.FromHours(7)), result.Publication.NextScheduled);
        Assert.Equal(["input/posts/cat-nuoc.md"], result.Publication.Lapsed.Select(p => p.SourcePath));
    }

    [Fact]
    public void Drafts_show_with_the_drafts_flag_under_a_visible_banner()
    {
        var result = Build(Site(), Monday, drafts: true);

        var banner = TestSite.Dom(result, "tin-tuc/nhap/index.html").QuerySelector(".draft-notice");
        Assert.StartsWith("Bản nháp", TestSite.Text(banner));
        Assert.True(Listed(result, "/tin-tuc/nhap/"));
        Assert.Null(TestSite.Dom(result, "tin-tuc/hien-hanh/index.html").QuerySelector(".draft-notice"));
        Assert.Empty(result.Publication.Drafts);
        Assert.False(HasPage(result, "tin-tuc/hen-gio/index.html"));
    }

    [Fact]
    public void A_scheduled_post_shows_with_the_future_flag_and_appears_on_the_first_build_after_its_time()
    {
        var previewed = Build(Site(), Monday, future: true);
        var banner = TestSite.Text(TestSite.Dom(previewed, "tin-tuc/hen-gio/index.html").QuerySelector(".draft-notice"));
        Assert.Contains("Hẹn giờ đăng", banner);
        Assert.Contains("28/07/2025 07:00", banner);

        Assert.False(HasPage(Build(Site(), new DateTimeOffset(2025, 7, 28, 6, 59, 0, TimeSpan.FromHours(7))), "tin-tuc/hen-gio/index.html"));

        var due = Build(Site(), new DateTimeOffset(2025, 7, 28, 7, 0, 0, TimeSpan.FromHours(7)));
        Assert.True(Listed(due, "/tin-tuc/hen-gio/"));
        Assert.Null(TestSite.Dom(due, "tin-tuc/hen-gio/index.html").QuerySelector(".draft-notice"));
        Assert.Empty(due.Publication.Scheduled);
    }

    [Fact]
    public void A_lapsed_post_leaves_every_listing_but_keeps_its_page_with_a_note()
    {
        var before = Build(Site(), new DateTimeOffset(2025, 7, 19, 23, 59, 0, TimeSpan.FromHours(7)));
        Assert.True(Listed(before, "/tin-tuc/cat-nuoc/"));
        Assert.Null(TestSite.Dom(before, "tin-tuc/cat-nuoc/index.html").QuerySelector(".lapsed-notice"));

        var after = Build(Site(), Monday);
        Assert.False(Listed(after, "/tin-tuc/cat-nuoc/"));
        var page = TestSite.Dom(after, "tin-tuc/cat-nuoc/index.html");
        var note = page.QuerySelector(".lapsed-notice");
        Assert.Contains("hết hiệu lực", TestSite.Text(note));
        Assert.Equal("2025-07-20T00:00:00+07:00", note!.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("Ngưng cấp nước", TestSite.Text(page.QuerySelector(".sapo")));

        // Its tag links go only to tags that still have a page; "Tin khác" shows what is current.
        Assert.Equal(["/tu-khoa/cap-nuoc/"], page.QuerySelectorAll(".post-tags a").Select(a => a.GetAttribute("href")));
        Assert.False(HasPage(after, "tu-khoa/rieng-bai-nay/index.html"));
        Assert.Equal(["/tin-tuc/hien-hanh/"], page.QuerySelectorAll("section[aria-labelledby=tin-khac] a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void A_link_to_a_lapsed_notice_still_works()
    {
        var site = Site().Post("nhac-lai", "Nhắc lại lịch cấp nước", "2025-07-16", "Thông báo", body: "Mở đầu.\n\nXem [thông báo](/tin-tuc/cat-nuoc/).");
        var result = Build(site, Monday);
        Assert.Equal("/tin-tuc/cat-nuoc/", TestSite.Dom(result, "tin-tuc/nhac-lai/index.html").QuerySelector(".post-body a")!.GetAttribute("href"));
        Assert.True(HasPage(result, "tin-tuc/cat-nuoc/index.html"));
    }

    [Fact]
    public void An_expiry_before_the_date_is_an_error_on_its_line()
    {
        var result = new TestSite()
            .With("posts/sai.md", "---\ntitle: Sai hạn\ndate: 2025-07-15\nexpires: 2025-07-01\n---\nThân.\n")
            .Generate(new GenerationOptions { Now = Monday });
        var error = TestSite.SingleError(result);
        Assert.Equal(("input/posts/sai.md", 4), (error.File, error.Line));
        Assert.Contains("hết hiệu lực", error.Message);
        Assert.Equal(Severity.Error, error.Severity);
    }
}
