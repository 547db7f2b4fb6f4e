using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Quality;
using static PhuocMy.Site.Tests.Quality.CheckHarness;

namespace PhuocMy.Site.Tests.Quality;

public sealed class InternalLinkCheckTests
{
    private static readonly string[] SiteFiles =
    [
        "index.html",
        "tin-tuc/hoi-nghi/index.html",
        "tin-tuc/index.html",
        "assets/site.css",
        "assets/site.js",
        "assets/logo.svg",
        "anh/a-480.jpg",
        "anh/a-960.jpg",
        "van-ban/bao cao.pdf",
        "favicon.ico",
    ];

    private static IReadOnlyList<Diagnostic> Check(string body, string outputPath = "tin-tuc/hoi-nghi/index.html",
        string basePath = "/", Uri? siteBaseUrl = null, string head = "") =>
        Run(new InternalLinkCheck(siteBaseUrl), Page(body, head: head), outputPath, SiteFiles, basePath);

    [Fact]
    public void Links_to_existing_files_in_every_form_pass()
    {
        var diagnostics = Check("""
            <a href="/">Trang chủ</a>
            <a href="/tin-tuc/">Tin tức</a>
            <a href="../">Tin tức (tương đối)</a>
            <a href="./">Trang này</a>
            <a href="/tin-tuc/hoi-nghi/index.html?utm=1#top">Có truy vấn</a>
            <a href="/van-ban/bao%20cao.pdf">Báo cáo</a>
            <img src="/assets/logo.svg" alt="" srcset="/anh/a-480.jpg 480w, ../../anh/a-960.jpg 960w">
            <picture><source srcset="/anh/a-960.jpg 2x"><img src="/anh/a-480.jpg" alt=""></picture>
            <script src="/assets/site.js"></script>
            """, head: """<link rel="stylesheet" href="/assets/site.css"><link rel="icon" href="/favicon.ico">""");

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void External_and_non_web_links_are_not_checked()
    {
        var diagnostics = Check("""
            <a href="https://chinhphu.vn/khong-co/">Chính phủ</a>
            <a href="//example.org/x.css">Giao thức tương đối</a>
            <a href="mailto:ubnd@phuocmy.vn">Thư</a>
            <a href="tel:+842363000000">Gọi</a>
            <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">
            """);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Missing_file_is_an_error_naming_page_link_and_file_to_add()
    {
        var diagnostics = Check("""<a href="/tin-tuc/khong-co/">Không có</a>""");

        var error = Assert.Single(diagnostics);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(SourcePath, error.File);
        Assert.Contains("tin-tuc/hoi-nghi/index.html", error.Message);
        Assert.Contains("/tin-tuc/khong-co/", error.Message);
        Assert.Contains("sửa đường dẫn hoặc thêm tệp tin-tuc/khong-co/index.html", error.Hint);
    }

    [Theory]
    [InlineData("""<img src="/anh/khong-co.jpg" alt="">""", "/anh/khong-co.jpg")]
    [InlineData("""<img src="/anh/a-480.jpg" srcset="/anh/a-480.jpg 1x, /anh/a-1440.jpg 2x" alt="">""", "/anh/a-1440.jpg")]
    [InlineData("""<picture><source srcset="/anh/khong.webp"><img src="/anh/a-480.jpg" alt=""></picture>""", "/anh/khong.webp")]
    [InlineData("""<script src="/assets/khong.js"></script>""", "/assets/khong.js")]
    [InlineData("""<video src="/video/x.mp4"></video>""", "/video/x.mp4")]
    [InlineData("""<audio src="/am-thanh/x.mp3"></audio>""", "/am-thanh/x.mp3")]
    [InlineData("""<a href="../../tin-tuc/cu/">Cũ</a>""", "../../tin-tuc/cu/")]
    [InlineData("""<svg aria-hidden="true"><use href="/assets/icons.svg#menu"></use></svg>""", "/assets/icons.svg#menu")]
    [InlineData("""<a href="/van-ban/bao%20cao%202.pdf">Báo cáo 2</a>""", "/van-ban/bao%20cao%202.pdf")]
    public void Every_kind_of_internal_reference_is_checked(string body, string brokenUrl)
    {
        var error = Assert.Single(Check(body).Errors());
        Assert.Contains(brokenUrl, error.Message);
    }

    [Fact]
    public void Missing_stylesheet_in_head_is_an_error()
    {
        var error = Assert.Single(Check("", head: """<link rel="stylesheet" href="/assets/khong.css">"""));
        Assert.Contains("/assets/khong.css", error.Message);
    }

    [Fact]
    public void Message_gives_the_line_on_the_page_when_the_parser_kept_it()
    {
        var error = Assert.Single(Check("<p>\n<a href=\"/x/\">x</a></p>"));
        Assert.Matches(@"trang tin-tuc/hoi-nghi/index\.html \(dòng \d+\)", error.Message);
    }

    [Fact]
    public void Folder_link_without_trailing_slash_suggests_adding_it()
    {
        var error = Assert.Single(Check("""<a href="/tin-tuc">Tin tức</a>"""));
        Assert.Contains("thêm dấu / ở cuối", error.Hint);
    }

    [Fact]
    public void Fragment_on_the_same_page_must_name_an_existing_id()
    {
        Assert.Empty(Check("""<a href="#main">Bỏ qua</a><main id="main"></main>"""));
        Assert.Empty(Check("""<a href="/tin-tuc/hoi-nghi/#main">Bỏ qua</a><main id="main"></main>"""));

        var error = Assert.Single(Check("""<a href="#noi-dung">Bỏ qua</a><main id="main"></main>"""));
        Assert.Contains("#noi-dung", error.Message);
        Assert.Contains("id=\"noi-dung\"", error.Hint);
    }

    [Fact]
    public void Percent_encoded_fragment_is_decoded_before_looking_up_the_id()
    {
        Assert.Empty(Check("""<a href="#m%E1%BB%A5c-1">Mục 1</a><h2 id="mục-1">Mục 1</h2>"""));
    }

    [Fact]
    public void Element_with_opt_out_attribute_is_skipped()
    {
        Assert.Empty(Check("""<a href="/sap-co/" data-no-link-check>Sắp có</a>"""));
        Assert.Single(Check("""<a href="/sap-co/">Sắp có</a>"""));
    }

    [Fact]
    public void Absolute_link_to_the_sites_own_host_is_internal()
    {
        var baseUrl = new Uri("https://phuocmy.danang.gov.vn/");
        Assert.Empty(Check("""<link rel="canonical" href="https://phuocmy.danang.gov.vn/tin-tuc/hoi-nghi/">""", siteBaseUrl: baseUrl));

        var error = Assert.Single(Check("""<a href="https://phuocmy.danang.gov.vn/khong-co/">x</a>""", siteBaseUrl: baseUrl));
        Assert.Contains("khong-co/index.html", error.Hint);
    }

    [Fact]
    public void Base_path_is_honoured_and_links_outside_it_are_errors()
    {
        const string basePath = "/phuoc-my/";
        Assert.Empty(Check("""<a href="/phuoc-my/tin-tuc/">Tin tức</a><a href="../">Tin tức</a>""", basePath: basePath));

        var error = Assert.Single(Check("""<a href="/tin-tuc/">Tin tức</a>""", basePath: basePath));
        Assert.Contains("/phuoc-my/", error.Message);
    }

    [Fact]
    public void The_same_broken_link_is_reported_once_per_page()
    {
        Assert.Single(Check("""<a href="/x/">x</a><a href="/x/">x lần nữa</a>"""));
    }
}
