using System.Text;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Pipeline;
using static PhuocMy.Site.Tests.Authoring.AuthoringFixtures;
using static PhuocMy.Site.Tests.Support.TestSite;

namespace PhuocMy.Site.Tests.Authoring;

/// <summary>
/// Each fixture post either builds to what its author meant (asserted on the elements of the page) or fails with the
/// file, the line and a Vietnamese message that says what to do.
/// </summary>
public class AuthoringFixtureTests
{
    private static string[] Texts(AngleSharp.Dom.IParentNode page, string selector) =>
        page.QuerySelectorAll(selector).Select(element => element.TextContent.Trim()).ToArray();

    private static IReadOnlyList<Diagnostic> Errors(GenerationResult result) =>
        result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();

    [Fact]
    public void Word_paste_with_non_breaking_and_zero_width_spaces_curly_quotes_and_a_colon_in_the_title()
    {
        var result = SiteWith("dan-tu-word.md").Generate();
        Assert.True(result.Succeeded, Describe(result));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("input/posts/dan-tu-word.md", 5, Severity.Warning), (warning.File, warning.Line, warning.Severity));
        Assert.Contains("ngoặc kép cong", warning.Message);

        var page = Dom(result, "tin-tuc/dan-tu-word/index.html");
        Assert.Equal("Hội nghị sơ kết: kết quả 6 tháng đầu năm 2020", Text(page.QuerySelector("h1")));
        Assert.Equal("Sáng 15/7, Đảng ủy phường tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2020.", Text(page.QuerySelector(".sapo")));
        Assert.Equal(["Kết quả đạt được", "Nhiệm vụ 6 tháng cuối năm"], Texts(page, ".post-body h2"));
        Assert.Equal(["Thu ngân sách đạt 63,34% kế hoạch năm.", "Giải quyết 1.337 hồ sơ hành chính đúng hẹn."], Texts(page, ".post-body ul:first-of-type li"));
        Assert.Equal(["Tiếp tục rà soát hộ nghèo.", "Chuẩn bị Đại hội Đảng bộ phường."], Texts(page, ".post-body ul:last-of-type li"));
        Assert.Equal("Xây dựng Đảng", Text(page.QuerySelector(".post-category a")));
        Assert.Equal(["Xây dựng Đảng", "sơ kết"], Texts(page, ".post-tags a"));
        Assert.DoesNotContain('\u200B', page.Body!.TextContent);
    }

    [Fact]
    public void Tilde_and_caret_in_prose_stay_as_written_and_double_tilde_strikes_through()
    {
        var page = Dom(Clean(SiteWith("uoc-tinh-so-ho.md").Generate()), "tin-tuc/uoc-tinh-so-ho/index.html");
        Assert.Equal("Đợt này có ~250 hộ được nhận hỗ trợ, nhiệt độ ngoài trời 25~27 độ C.", Text(page.QuerySelector(".sapo")));
        var paragraph = page.QuerySelector(".post-body p")!;
        Assert.Equal("Diện tích khu tạm cư tính theo công thức x^2 + y^2, đã hoãn triển khai trong tuần.", Text(paragraph));
        Assert.Equal("hoãn", Text(paragraph.QuerySelector("del")));
        Assert.Empty(page.QuerySelectorAll("main sub, main sup"));
    }

    [Fact]
    public void A_body_that_opens_with_a_photo_keeps_it_and_takes_the_first_prose_paragraph_as_the_sapo()
    {
        var result = Clean(SiteWith("anh-dau-bai.md").Generate());
        var page = Dom(result, "tin-tuc/anh-dau-bai/index.html");
        const string lead = "Sáng 20/3, hơn 200 đoàn viên thanh niên ra quân vệ sinh bãi biển Phạm Văn Đồng.";
        Assert.Equal(lead, Text(page.QuerySelector(".sapo")));
        Assert.Equal(lead, page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        var body = page.QuerySelector(".post-body")!;
        Assert.Equal("Đoàn viên thanh niên nhặt rác trên bãi biển", body.QuerySelector("img[src='/images/ve-sinh-bien.svg']")!.GetAttribute("alt"));
        Assert.Equal("Ảnh: Đoàn phường", Text(body.QuerySelector("p em")));
        Assert.Equal(["Ảnh: Đoàn phường", "Hoạt động nằm trong chuỗi sự kiện Tháng Thanh niên."], Texts(body, "p").Where(t => t.Length > 0));
    }

    [Fact]
    public void A_notice_with_only_a_title_and_an_attachment_builds_and_is_described_by_its_title()
    {
        var page = Dom(Clean(SiteWith("chi-co-tieu-de.md").Generate()), "tin-tuc/chi-co-tieu-de/index.html");
        Assert.Null(page.QuerySelector(".sapo"));
        Assert.Equal("Thông báo lịch tiếp công dân tháng 8/2020", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("Tải lịch tiếp công dân (PDF)", Text(page.QuerySelector(".post-body a[href='/files/lich-tiep-cong-dan-8-2020.pdf']")));
    }

    [Fact]
    public void Pasted_html_keeps_what_is_harmless_and_every_removal_is_a_warning_at_its_line()
    {
        var result = SiteWith("html-dan-vao.md").Generate();
        Assert.True(result.Succeeded, Describe(result));
        var warnings = result.Diagnostics.Select(d => (d.File, d.Line, d.Severity)).ToList();
        Assert.All(result.Diagnostics, d => Assert.Equal(("input/posts/html-dan-vao.md", Severity.Warning), (d.File, d.Severity)));
        Assert.Equal([9, 11, 13, 13, 15, 17], result.Diagnostics.Select(d => d.Line ?? 0).Order());
        Assert.Contains(result.Diagnostics, d => d.Line == 9 && d.Message.Contains("style=\"width:100%\"") && d.Message.Contains("<img>"));
        Assert.Contains(result.Diagnostics, d => d.Line == 11 && d.Message.Contains("<font>") && d.Message.Contains("giữ chữ"));
        Assert.Contains(result.Diagnostics, d => d.Line == 13 && d.Message.Contains("onclick"));
        Assert.Contains(result.Diagnostics, d => d.Line == 15 && d.Message.Contains("<script>"));
        Assert.Contains(result.Diagnostics, d => d.Line == 17 && d.Message.Contains("https://www.youtube.com/embed/abc123") && d.Hint!.Contains("liên kết"));

        var body = Dom(result, "tin-tuc/html-dan-vao/index.html").QuerySelector(".post-body")!;
        var image = body.QuerySelector("div.so-do > img[src='/images/so-do.svg']")!;
        Assert.Equal("Sơ đồ khu tạm cư", image.GetAttribute("alt"));
        Assert.False(image.HasAttribute("style"));
        Assert.NotNull(body.QuerySelector("a#muc-1"));
        Assert.Contains("Mục 1: các hộ ở tổ 5, ưu tiên người cao tuổi.", body.TextContent);
        Assert.Null(body.QuerySelector("font, script, iframe, [style], [onclick]"));
        Assert.Equal("Chú ý mang theo giấy tờ tùy thân.", Text(body.QuerySelector("p:not([class])" + ":nth-of-type(2)")));
        Assert.NotNull(body.QuerySelector("table td br"));
        Assert.Equal("12(đã xác minh)", Text(body.QuerySelector("table td.align-right")));
    }

    [Fact]
    public void Hugo_toml_front_matter_with_categories_and_a_description()
    {
        var result = Clean(SiteWith("hugo-toml.md").Generate());
        var page = Dom(result, "tin-tuc/hugo-toml/index.html");
        Assert.Equal("Tiêm vắc-xin Covid-19 mũi 3 cho người từ 18 tuổi", Text(page.QuerySelector("h1")));
        Assert.Equal("Phường tổ chức tiêm mũi 3 tại trạm y tế từ ngày 10/12.", Text(page.QuerySelector(".sapo")));
        Assert.Equal("2021-12-10T08:00:00+07:00", page.QuerySelector(".post-meta time")!.GetAttribute("datetime"));
        Assert.Equal("Tin tức - Sự kiện", Text(page.QuerySelector(".post-category a")));
        Assert.Equal(["covid-19", "tiêm chủng"], Texts(page, ".post-tags a"));
        Assert.Equal("Trạm y tế phường tiếp tục tổ chức tiêm vắc-xin.", Text(page.QuerySelector(".post-body p")));
    }

    [Fact]
    public void Jekyll_habits_a_markdown_file_a_post_layout_a_categories_list_and_space_separated_tags()
    {
        var result = Clean(SiteWith("jekyll-thoi-quen.markdown").Generate());
        Assert.DoesNotContain(result.Files, f => f.Path.EndsWith(".markdown", StringComparison.Ordinal));
        var page = Dom(result, "tin-tuc/jekyll-thoi-quen/index.html");
        Assert.Equal("Đại hội Chi bộ khu dân cư số 3", Text(page.QuerySelector("h1")));
        Assert.Equal("Xây dựng Đảng", Text(page.QuerySelector(".post-category a")));
        Assert.Equal(["chi-bo", "dai-hoi"], Texts(page, ".post-tags a").Order());
    }

    [Fact]
    public void Footnotes_are_numbered_links_with_names_and_a_labelled_list_to_come_back_from()
    {
        var page = Dom(Clean(SiteWith("chu-thich.md").Generate()), "tin-tuc/chu-thich/index.html");
        var marks = page.QuerySelectorAll(".post-body p sup a.footnote-ref").ToList();
        Assert.Equal(["#fn:1", "#fn:2"], marks.Select(a => a.GetAttribute("href")));
        Assert.Equal(["Chú thích 1", "Chú thích 2"], marks.Select(a => a.GetAttribute("aria-label")));
        Assert.Equal(["1", "2"], marks.Select(a => a.TextContent));

        var list = page.QuerySelector(".post-body section.footnotes[aria-label='Chú thích'] ol")!;
        var first = list.QuerySelector("li[id='fn:1']")!;
        Assert.StartsWith("Theo báo cáo của Chi cục Thuế khu vực.", Text(first));
        var back = first.QuerySelector("a.footnote-back-ref")!;
        Assert.Equal("#fnref:1", back.GetAttribute("href"));
        Assert.Equal("Quay lại đoạn văn có chú thích 1", back.GetAttribute("aria-label"));
        Assert.NotNull(page.GetElementById("fnref:1"));
    }

    [Fact]
    public void A_link_to_another_posts_md_file_becomes_that_posts_address()
    {
        var result = SiteWith("lien-ket-md.md", "dan-tu-word.md", "chu-thich.md").Generate();
        Assert.True(result.Succeeded, Describe(result));
        Assert.Empty(Errors(result));
        var links = Dom(result, "tin-tuc/lien-ket-md/index.html").QuerySelectorAll(".post-body a").Select(a => a.GetAttribute("href"));
        Assert.Equal(["/tin-tuc/dan-tu-word/", "/tin-tuc/chu-thich/#ghi-chu"], links);
    }

    [Fact]
    public void A_link_to_an_md_file_that_is_no_post_names_its_line_and_the_address_form()
    {
        var error = SingleError(SiteWith("lien-ket-md-sai.md").Generate());
        Assert.Equal(("input/posts/lien-ket-md-sai.md", 9), (error.File, error.Line));
        Assert.Contains("bai-chua-viet.md", error.Message);
        Assert.Contains("/tin-tuc/", error.Hint);
    }

    [Fact]
    public void An_image_saved_on_a_mac_with_spaces_and_vietnamese_letters_is_found_and_published_under_its_nfc_name()
    {
        var nfd = "images/hội nghị.svg".Normalize(NormalizationForm.FormD);
        var result = Clean(SiteWith("ten-tep-co-dau.md").With(nfd, AuthoringFixtures.Svg).Generate());
        Assert.Contains(result.Files, f => f.Path == "images/hội nghị.svg");
        var body = Dom(result, "tin-tuc/ten-tep-co-dau/index.html").QuerySelector(".post-body")!;
        var image = body.QuerySelector("img")!;
        Assert.Equal("Toàn cảnh hội nghị", image.GetAttribute("alt"));
        Assert.Equal("/images/hội nghị.svg", Uri.UnescapeDataString(image.GetAttribute("src")!));
        Assert.Equal("/images/hội nghị.svg", Uri.UnescapeDataString(body.QuerySelector("a")!.GetAttribute("href")!));
    }

    [Fact]
    public void A_misspelt_shortcode_is_an_error_at_its_line_that_suggests_chart()
    {
        var error = SingleError(SiteWith("ma-rut-gon-sai.md").Generate());
        Assert.Equal(("input/posts/ma-rut-gon-sai.md", 9), (error.File, error.Line));
        Assert.Contains("'chrt'", error.Message);
        Assert.Contains("{{< chart thu-ngan-sach >}}", error.Hint);
    }

    [Fact]
    public void A_layout_the_theme_does_not_have_blames_the_post_at_its_line()
    {
        var error = SingleError(SiteWith("layout-sai.md").Generate());
        Assert.Equal(("input/posts/layout-sai.md", 4), (error.File, error.Line));
        Assert.Contains("'single'", error.Message);
        Assert.Contains("'post'", error.Hint);
    }

    [Fact]
    public void Several_categories_are_explained_not_cut_to_the_first()
    {
        var error = SingleError(SiteWith("nhieu-chuyen-muc.md").Generate());
        Assert.Equal(("input/posts/nhieu-chuyen-muc.md", 4), (error.File, error.Line));
        Assert.Contains("Thông báo, Xây dựng Đảng", error.Message);
        Assert.Contains("category: Thông báo", error.Hint);
        Assert.Contains("tags: [Xây dựng Đảng]", error.Hint);
    }

    [Fact]
    public void Broken_toml_front_matter_names_its_line_in_vietnamese()
    {
        var error = SingleError(SiteWith("toml-loi.md").Generate());
        Assert.Equal("input/posts/toml-loi.md", error.File);
        Assert.InRange(error.Line ?? 0, 2, 3);
        Assert.Contains("TOML", error.Message);
        Assert.Contains("ngoặc kép", error.Hint);
    }

    [Fact]
    public void An_image_on_the_authors_own_computer_is_an_error_at_its_line()
    {
        var error = SingleError(SiteWith("anh-tren-may-tinh.md").Generate());
        Assert.Equal(("input/posts/anh-tren-may-tinh.md", 9), (error.File, error.Line));
        Assert.Contains("máy tính", error.Message);
        Assert.Contains("input/images/", error.Hint);
    }
}
