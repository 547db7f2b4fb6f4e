using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using PhuocMy.Site.Cli;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Preview;
using PhuocMy.Site.Testing;
using static PhuocMy.Site.Tests.Preview.PreviewHarness;

namespace PhuocMy.Site.Tests.Preview;

/// <summary>The preview over real HTTP on loopback: serving, live reload, broken edits, Netlify-like paths, safety.</summary>
public sealed class PreviewServerTests
{
    private const string PostPath = "input/posts/2025/hop-dan-pho.md";
    private const string PostUrl = "/tin-tuc/hop-dan-pho/";

    [Fact]
    public async Task A_page_is_served_and_an_edit_reloads_it_with_the_new_text()
    {
        await using var preview = await StartAsync();
        var page = await preview.Page(PostUrl);
        Assert.Contains("Tổ dân phố 12 họp bàn việc giữ gìn vệ sinh.", page);

        await using var events = await preview.Listen(TokenOf(page));
        Assert.Equal("text/event-stream", events.ContentType);
        preview.Write(PostPath, Post("Họp dân phố tổ 12", "2025-06-10 08:00", "Tổ dân phố 12 thống nhất lịch tổng vệ sinh sáng Chủ Nhật."));

        Assert.Equal(PreviewAssets.ReloadEvent, await events.NextEvent());
        var updated = await preview.Page(PostUrl);
        Assert.Contains("thống nhất lịch tổng vệ sinh sáng Chủ Nhật", updated);
        Assert.DoesNotContain("xem-truoc-loi", updated);
    }

    [Fact]
    public async Task A_page_loaded_before_a_change_finished_reloads_as_soon_as_it_listens()
    {
        await using var preview = await StartAsync();
        var stale = TokenOf(await preview.Page(PostUrl));
        preview.Write(PostPath, Post("Họp dân phố tổ 12", "2025-06-10 08:00", "Nội dung mới hơn trang đang mở."));
        await preview.Eventually(async () => (await preview.Get(PostUrl)).Body.Contains("Nội dung mới hơn", StringComparison.Ordinal));

        await using var events = await preview.Listen(stale);
        Assert.Equal(PreviewAssets.ReloadEvent, await events.NextEvent());
    }

    [Fact]
    public async Task Broken_front_matter_keeps_the_last_good_page_lists_the_problem_and_recovers_on_the_next_good_save()
    {
        await using var preview = await StartAsync();
        var page = await preview.Page("/tin-tuc/tiem-chung/");
        await using (var events = await preview.Listen(TokenOf(page)))
        {
            preview.Write("input/posts/2025/tiem-chung.md", "---\ntitle: \"Lịch tiêm chủng: tháng 7\ndate: 2025-06-12 08:00\n---\nLịch tiêm tháng 7 đã có.\n");
            Assert.Equal(PreviewAssets.ReloadEvent, await events.NextEvent());
        }

        var broken = await preview.Page("/tin-tuc/tiem-chung/");
        Assert.Contains("Trạm y tế phường thông báo lịch tiêm.", broken);
        Assert.DoesNotContain("Lịch tiêm tháng 7 đã có.", broken);
        var panel = new HtmlParser().ParseDocument(broken).QuerySelector(".xem-truoc-loi");
        Assert.NotNull(panel);
        Assert.Contains("input/posts/2025/tiem-chung.md", panel.TextContent);
        Assert.Matches(@"dòng \d+ — Lỗi:", panel.TextContent);
        Assert.Contains("Cách sửa:", panel.TextContent);
        Assert.Contains(StaffGuide.CommonErrors, panel.TextContent);
        Assert.Contains("xem-truoc-loi", (await preview.Get("/")).Body);
        Assert.Contains(preview.Server.Builds.Status.Problems, p => p.Severity == Severity.Error && p.File == "input/posts/2025/tiem-chung.md" && p.Line is not null);

        await using (var events = await preview.Listen(TokenOf(broken)))
        {
            preview.Write("input/posts/2025/tiem-chung.md", "---\ntitle: \"Lịch tiêm chủng: tháng 7\"\ndate: 2025-06-12 08:00\n---\nLịch tiêm tháng 7 đã có.\n");
            Assert.Equal(PreviewAssets.ReloadEvent, await events.NextEvent());
        }
        var fixedPage = await preview.Page("/tin-tuc/tiem-chung/");
        Assert.Contains("Lịch tiêm tháng 7 đã có.", fixedPage);
        Assert.DoesNotContain("xem-truoc-loi", fixedPage);
    }

    [Fact]
    public async Task Before_any_good_build_every_address_shows_the_problems()
    {
        await using var preview = await StartAsync(site => site.Write("input/site.yml", "title: [thiếu ngoặc\n"));
        var (status, body) = await preview.Get("/bat-ky/");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("input/site.yml", body);
        TokenOf(body);

        await using var events = await preview.Listen(TokenOf(body));
        preview.Write("input/site.yml", Support.TestSite.Settings);
        Assert.Equal(PreviewAssets.ReloadEvent, await events.NextEvent());
        Assert.Contains("Tổ dân phố 12", await preview.Page(PostUrl));
    }

    private const string NoticePath = "input/posts/2025/tiep-cong-dan.md";
    private const string NoticeUrl = "/tin-tuc/tiep-cong-dan/";
    private const string NoticeSummary = "summary: Lịch tiếp công dân tháng 6 của phường.\n";

    private static void WriteNotice(PreviewHarness preview, string body) =>
        preview.Write(NoticePath, Post("Lịch tiếp công dân", "2025-06-11 08:00", body, NoticeSummary));

    [Fact]
    public async Task A_body_edit_is_shown_at_once_and_its_build_writes_the_same_page_without_reloading_again()
    {
        await using var preview = await StartAsync(site => WriteNotice(site, "Chủ tịch phường tiếp công dân sáng thứ Năm."));
        var page = await preview.Page(NoticeUrl);
        await using var events = await preview.Listen(TokenOf(page));

        WriteNotice(preview, "Chủ tịch phường tiếp công dân sáng thứ Năm.\n\nTừ tháng 7, tiếp thêm sáng thứ Bảy tại **Bộ phận một cửa**.");

        var redraw = await preview.NextRedraw();
        Assert.Equal([NoticePath], redraw.Changes);
        Assert.Equal(["tin-tuc/tiep-cong-dan/index.html"], redraw.Pages);
        Assert.Equal(PreviewAssets.ReloadEvent, await events.NextEvent());
        var shown = await preview.Page(NoticeUrl);
        Assert.Contains("tiếp thêm sáng thứ Bảy tại <strong>Bộ phận một cửa</strong>", shown);

        var build = await preview.NextBuild();
        Assert.True(build.Result.Succeeded, string.Join("\n", build.Result.Diagnostics));
        Assert.Contains("tin-tuc/tiep-cong-dan/index.html", build.Result.Output.Changed);
        Assert.Equal(File.ReadAllText(Path.Combine(preview.Output, "tin-tuc", "tiep-cong-dan", "index.html")), PageWithoutPreview(shown));
        Assert.False(build.Reloaded, "The build wrote the page exactly as it was shown ahead, so open pages are not reloaded a second time.");
        Assert.Equal(shown, await preview.Page(NoticeUrl));
    }

    [Fact]
    public async Task A_new_title_is_not_shown_ahead_the_build_shows_it_everywhere_and_reloads()
    {
        await using var preview = await StartAsync(site => WriteNotice(site, "Chủ tịch phường tiếp công dân sáng thứ Năm."));
        var page = await preview.Page("/");
        await using var events = await preview.Listen(TokenOf(page));

        preview.Write(NoticePath, Post("Lịch tiếp công dân tháng 7", "2025-06-11 08:00", "Chủ tịch phường tiếp công dân sáng thứ Năm.", NoticeSummary));

        var build = await preview.NextBuild();
        Assert.True(build.Reloaded);
        Assert.Equal(0, preview.RedrawsWaiting);
        Assert.Equal(PreviewAssets.ReloadEvent, await events.NextEvent());
        Assert.Contains("Lịch tiếp công dân tháng 7", await preview.Page("/"));
        Assert.Contains("Lịch tiếp công dân tháng 7", await preview.Page(NoticeUrl));
    }

    [Fact]
    public async Task Edits_made_while_a_build_runs_are_all_shown_and_all_end_up_in_the_built_site()
    {
        await using var preview = await StartAsync(site => WriteNotice(site, "Chủ tịch phường tiếp công dân sáng thứ Năm."));
        preview.Write("input/posts/2025/tiem-chung.md", Post("Lịch tiêm chủng tháng 7", "2025-06-12 08:00", "Trạm y tế phường thông báo lịch tiêm."));
        WriteNotice(preview, "Chủ tịch phường tiếp công dân sáng thứ Năm.\n\nPhó Chủ tịch tiếp sáng thứ Ba.");
        WriteNotice(preview, "Chủ tịch phường tiếp công dân sáng thứ Năm.\n\nPhó Chủ tịch tiếp sáng thứ Ba và thứ Sáu.");

        await preview.Eventually(async () => (await preview.Get(NoticeUrl)).Body.Contains("thứ Ba và thứ Sáu", StringComparison.Ordinal)
                                             && (await preview.Get("/")).Body.Contains("Lịch tiêm chủng tháng 7", StringComparison.Ordinal));
        var built = Path.Combine(preview.Output, "tin-tuc", "tiep-cong-dan", "index.html");
        await preview.Eventually(() => Task.FromResult(File.Exists(built) && File.ReadAllText(built).Contains("thứ Ba và thứ Sáu", StringComparison.Ordinal)));
        Assert.Equal(File.ReadAllText(built), PageWithoutPreview(await preview.Page(NoticeUrl)));
        Assert.Contains("Lịch tiêm chủng tháng 7", File.ReadAllText(Path.Combine(preview.Output, "tin-tuc", "tiem-chung", "index.html")));
    }

    [Fact]
    public async Task A_body_edit_shown_ahead_and_then_broken_falls_back_to_the_last_good_page_with_the_problem()
    {
        await using var preview = await StartAsync(site => WriteNotice(site, "Chủ tịch phường tiếp công dân sáng thứ Năm."));
        WriteNotice(preview, "Chủ tịch phường tiếp công dân sáng thứ Năm.\n\nBiểu đồ: {{< chart khong-co-bang-nay >}}");

        var build = await preview.NextBuild();
        Assert.False(build.Result.Succeeded);
        Assert.Equal(0, preview.RedrawsWaiting);
        var page = await preview.Page(NoticeUrl);
        Assert.DoesNotContain("Biểu đồ:", page);
        Assert.Contains("xem-truoc-loi", page);
    }

    /// <summary>A served page as the build wrote it: without the preview's stylesheet and script.</summary>
    private static string PageWithoutPreview(string served) =>
        Regex.Replace(served, "<(link|script) [^>]*\"" + Regex.Escape(PreviewAssets.Prefix) + "[^>]*>(</script>)?\n", "");

    [Fact]
    public async Task A_template_edit_reloads_every_page()
    {
        await using var preview = await StartAsync();
        var page = await preview.Page("/");
        await using var events = await preview.Listen(TokenOf(page));
        var layout = preview.Read("theme/_layouts/base.liquid");
        preview.Write("theme/_layouts/base.liquid", layout.Replace("<main id=\"main\"", "<p class=\"wrap\">Giao diện thử nghiệm mới</p>\n<main id=\"main\"", StringComparison.Ordinal));

        Assert.Equal(PreviewAssets.ReloadEvent, await events.NextEvent());
        foreach (var url in new[] { "/", PostUrl, "/tin-tuc/tiem-chung/", "/chuyen-muc/tin-tuc-su-kien/", "/luu-tru/" })
            Assert.Contains("Giao diện thử nghiệm mới", await preview.Page(url));
        Assert.Contains("Giao diện thử nghiệm mới", (await preview.Get("/khong-co/")).Body);
        // admin/index.html is the editor's own static page (theme/admin), not made from a layout.
        Assert.All(Directory.EnumerateFiles(preview.Output, "*.html", SearchOption.AllDirectories)
                .Where(file => !Path.GetRelativePath(preview.Output, file).StartsWith("admin" + Path.DirectorySeparatorChar, StringComparison.Ordinal)),
            file => Assert.Contains("Giao diện thử nghiệm mới", File.ReadAllText(file)));
    }

    [Fact]
    public async Task Unknown_addresses_get_the_404_page_and_folders_their_index_as_on_netlify()
    {
        await using var preview = await StartAsync();

        var (status, body) = await preview.Get("/khong-co-trang-nay/");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Không tìm thấy trang", body);
        TokenOf(body);

        Assert.Equal(HttpStatusCode.OK, (await preview.Get("/tin-tuc/")).Status);
        using var redirect = await preview.Client.GetAsync(new Uri(preview.Url, "/tin-tuc?trang=1"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal("/tin-tuc/?trang=1", redirect.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.NotFound, (await preview.Get("/.phuocmy-site-output")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await preview.Get("/_xem-truoc/khong-co.js")).Status);
    }

    [Theory]
    [InlineData("/../../bi-mat.txt")]
    [InlineData("/tin-tuc/../../../bi-mat.txt")]
    [InlineData("/%2e%2e/%2e%2e/bi-mat.txt")]
    [InlineData("/%2E%2E/%2E%2E/bi-mat.txt")]
    [InlineData("/..%2f..%2fbi-mat.txt")]
    [InlineData("/..\\..\\bi-mat.txt")]
    [InlineData("/%2e%2e%5c%2e%2e%5cbi-mat.txt")]
    [InlineData("/%252e%252e/%252e%252e/bi-mat.txt")]
    [InlineData("/assets/..%5c..%5c..%5cbi-mat.txt")]
    public async Task Nothing_outside_the_built_site_is_ever_served(string target)
    {
        await using var preview = await StartAsync();
        const string secret = "Mật khẩu hộp thư: không được lộ";
        preview.Write("bi-mat.txt", secret);
        preview.Write("xem-truoc/bi-mat.txt", secret);

        var (status, response) = await preview.RawGet(target);
        Assert.InRange(status, 400, 404);
        Assert.DoesNotContain(secret, response);
    }

    [Fact]
    public async Task Path_climbing_is_refused_with_400_not_mapped_into_the_site()
    {
        await using var preview = await StartAsync();
        foreach (var target in new[] { "/tin-tuc/../index.html", "/%2e%2e/index.html", "/..%5cindex.html" })
            Assert.Equal(400, (await preview.RawGet(target)).Status);
        Assert.Equal(200, (await preview.RawGet("/index.html")).Status);
    }

    [Fact]
    public async Task Only_served_pages_carry_the_preview_script_a_same_origin_file_under_the_sites_policy()
    {
        await using var preview = await StartAsync();
        using var response = await preview.Client.GetAsync(preview.Url, TestContext.Current.CancellationToken);
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        var scripts = new HtmlParser().ParseDocument(page).QuerySelectorAll("script[src]").ToList();
        Assert.Equal([PreviewAssets.ScriptPath], scripts.Select(s => s.GetAttribute("src")));
        Assert.Equal(NetlifyPolicy(), string.Join("", response.Headers.GetValues("Content-Security-Policy")));
        Assert.DoesNotContain("_xem-truoc", File.ReadAllText(Path.Combine(preview.Output, "index.html")));
        Assert.DoesNotContain("_xem-truoc", File.ReadAllText(Path.Combine(preview.Output, "tin-tuc", "hop-dan-pho", "index.html")));

        using var script = await preview.Client.GetAsync(new Uri(preview.Url, PreviewAssets.ScriptPath), TestContext.Current.CancellationToken);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType!.MediaType);
        Assert.Contains($"new EventSource('{PreviewAssets.EventsPath}", await script.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Drafts_and_scheduled_posts_show_in_the_preview_under_their_banner()
    {
        await using var preview = await StartAsync(site =>
            site.Write("input/posts/2025/hen-gio.md", Post("Thông báo tuần sau", "2099-01-05 07:00", "Sẽ đăng sau.")));
        var draft = new HtmlParser().ParseDocument(await preview.Page("/tin-tuc/nhap/"));
        Assert.StartsWith("Bản nháp", draft.QuerySelector(".draft-notice")!.TextContent.Trim());
        var scheduled = new HtmlParser().ParseDocument(await preview.Page("/tin-tuc/hen-gio/"));
        Assert.StartsWith("Hẹn giờ đăng", scheduled.QuerySelector(".draft-notice")!.TextContent.Trim());
        Assert.Null(new HtmlParser().ParseDocument(await preview.Page(PostUrl)).QuerySelector(".draft-notice"));
    }

    [Fact]
    public async Task A_save_by_rename_a_burst_of_saves_and_folders_added_or_removed_are_all_seen()
    {
        await using var preview = await StartAsync();

        // An editor that writes a temporary file, then renames it over the real one.
        var temporary = Path.Combine(preview.Input, "posts", "2025", ".goutputstream-X1Y2Z3");
        File.WriteAllText(temporary, Post("Họp dân phố tổ 12", "2025-06-10 08:00", "Lưu bằng cách đổi tên tệp tạm."));
        File.Move(temporary, Path.Combine(preview.Root, PostPath), overwrite: true);
        await preview.Eventually(async () => (await preview.Get(PostUrl)).Body.Contains("Lưu bằng cách đổi tên tệp tạm.", StringComparison.Ordinal));

        // Several saves in a row: the page ends with the last one.
        for (var i = 1; i <= 8; i++)
            preview.Write(PostPath, Post("Họp dân phố tổ 12", "2025-06-10 08:00", $"Lần lưu thứ {i}."));
        await preview.Eventually(async () => (await preview.Get(PostUrl)).Body.Contains("Lần lưu thứ 8.", StringComparison.Ordinal));

        // A new year's folder, then the folder removed.
        preview.Write("input/posts/2026/ra-quan.md", Post("Ra quân đầu năm", "2026-01-05 07:00", "Ra quân tổng vệ sinh đầu năm."));
        await preview.Eventually(async () => (await preview.Get("/tin-tuc/ra-quan/")).Status == HttpStatusCode.OK);
        Directory.Delete(Path.Combine(preview.Input, "posts", "2026"), recursive: true);
        await preview.Eventually(async () => (await preview.Get("/tin-tuc/ra-quan/")).Status == HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Stopping_ends_open_event_streams_and_frees_the_port()
    {
        var preview = await StartAsync();
        try
        {
            var events = await preview.Listen(TokenOf(await preview.Page("/")));
            await preview.Server.StopAsync();
            Assert.Null(await events.NextEvent());
            await events.DisposeAsync();

            await using var again = await PreviewServer.StartAsync(new PreviewOptions(preview.Input, preview.Theme, preview.Output, preview.Url.Port));
            Assert.Equal(preview.Url.Port, again.Url.Port);
        }
        finally
        {
            await preview.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_taken_port_is_a_clear_error_not_a_crash()
    {
        await using var preview = await StartAsync();
        var taken = preview.Url.Port;
        var error = await Assert.ThrowsAsync<PortInUseException>(() =>
            PreviewServer.StartAsync(new PreviewOptions(preview.Input, preview.Theme, Path.Combine(preview.Root, "khac"), taken)));
        Assert.Equal(taken, error.Port);

        var exit = await Task.Run(() => Program.Main(["preview", "--input", preview.Input, "--theme", preview.Theme, "--port", taken.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            .WaitAsync(Patience, TestContext.Current.CancellationToken);
        Assert.Equal(Program.UsageErrors, exit);
    }

    private static string NetlifyPolicy() => PublishedHeaders.SitePolicy(Path.Combine(RepositoryPaths.Root, "theme"));
}
