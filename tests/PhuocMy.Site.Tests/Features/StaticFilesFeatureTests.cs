using System.Text;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Features.Redirects;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Tests.Support;
using PhuocMy.Site.Tests.WholeSite;
using static PhuocMy.Site.Tests.Support.TestSite;

namespace PhuocMy.Site.Tests.Features;

/// <summary>Only what is meant to be public is published: linked files, downloads, drafts' data, no scripts from content.</summary>
public sealed class StaticFilesFeatureTests
{
    private static TestSite WithPost(string body, bool draft = false) => new TestSite()
        .With("posts/a.md", $"---\ntitle: Tin A\ndate: 2020-07-15\n{(draft ? "draft: true\n" : "")}---\nMở đầu.\n\n{body}\n");

    private static bool Publishes(GenerationResult result, string path) => result.Files.Any(f => f.Path == path);

    [Fact]
    public void A_note_beside_a_post_and_an_unlinked_document_are_not_published_and_a_warning_names_each()
    {
        var result = WithPost("Nội dung.").With("posts/ghi-chu.txt", "ghi chú riêng").With("tai-lieu/bao-cao.docx", "bản thảo").Generate();
        Assert.True(result.Succeeded, Describe(result));
        Assert.False(Publishes(result, "posts/ghi-chu.txt"));
        Assert.False(Publishes(result, "tai-lieu/bao-cao.docx"));
        var warned = result.Diagnostics.Where(d => d.Severity == Severity.Warning).Select(d => d.File).ToList();
        Assert.Equal(["input/posts/ghi-chu.txt", "input/tai-lieu/bao-cao.docx"], warned);
    }

    [Fact]
    public void A_document_a_published_page_links_to_is_published_however_the_link_is_written()
    {
        var result = WithPost("[Mẫu đơn](</tai-lieu/Mẫu đơn.docx>) và [báo cáo](../../tai-lieu/bao-cao.PDF).")
            .With("tai-lieu/Mẫu đơn.docx", "mẫu").With("tai-lieu/bao-cao.PDF", "pdf").Generate();
        Assert.True(result.Succeeded, Describe(result));
        Assert.True(Publishes(result, "tai-lieu/Mẫu đơn.docx"));
        Assert.True(Publishes(result, "tai-lieu/bao-cao.PDF"));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_document_only_a_draft_links_to_stays_private()
    {
        var result = WithPost("[Dự thảo](/tai-lieu/du-thao.docx)", draft: true).With("tai-lieu/du-thao.docx", "dự thảo").Generate();
        Assert.True(result.Succeeded, Describe(result));
        Assert.False(Publishes(result, "tai-lieu/du-thao.docx"));
        Assert.True(Publishes(WithPost("[Dự thảo](/tai-lieu/du-thao.docx)", draft: true).With("tai-lieu/du-thao.docx", "dự thảo")
            .Generate(new GenerationOptions(IncludeDrafts: true)), "tai-lieu/du-thao.docx"));
    }

    [Fact]
    public void Files_in_the_downloads_folder_and_web_assets_are_published_as_they_are()
    {
        var result = WithPost("Nội dung.").With("tai-ve/bieu-mau.xlsx", "biểu mẫu")
            .With("images/so-do.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 40 20\"/>").Generate();
        Assert.True(result.Succeeded, Describe(result));
        Assert.True(Publishes(result, "tai-ve/bieu-mau.xlsx"));
        Assert.True(Publishes(result, "images/so-do.svg"));
    }

    [Fact]
    public void A_photo_is_never_published_as_its_original()
    {
        var result = WithPost("Nội dung.").With("images/anh.webp", "ảnh").Generate();
        Assert.True(result.Succeeded, Describe(result));
        Assert.False(Publishes(result, "images/anh.webp"));
    }

    [Theory]
    [InlineData("images/x.js")]
    [InlineData("trang.html")]
    [InlineData("nhung/ban-do.htm")]
    public void Scripts_and_html_in_input_are_refused(string path)
    {
        var error = SingleError(WithPost("Nội dung.").With(path, "<script>alert(1)</script>").Generate());
        Assert.Equal("input/" + path, error.File);
        Assert.Contains("_theme.yml", error.Hint);
    }

    [Fact]
    public void The_theme_can_allow_scripts_in_one_input_folder_and_input_cannot_allow_them_itself()
    {
        var allowed = WithPost("Nội dung.").WithTheme("_theme.yml", "input_scripts: [ban-do]\n")
            .With("ban-do/ban-do.js", "console.log(1);").Generate();
        Assert.True(allowed.Succeeded, Describe(allowed));
        Assert.True(Publishes(allowed, "ban-do/ban-do.js"));

        var selfAllowed = WithPost("Nội dung.").With("_theme.yml", "input_scripts: [ban-do]\n").With("ban-do/ban-do.js", "console.log(1);").Generate();
        Assert.False(selfAllowed.Succeeded);
        Assert.Contains(selfAllowed.Diagnostics, d => d is { File: "input/ban-do/ban-do.js", Severity: Severity.Error });
        Assert.Contains(selfAllowed.Diagnostics, d => d is { File: "input/_theme.yml", Severity: Severity.Warning });
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\">\n<script href=\"/x.js\"/>\n</svg>", 2)]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"\n onload=\"alert(1)\"></svg>", 2)]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n<a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>", 2)]
    public void An_svg_that_can_run_script_is_refused_at_its_line(string svg, int line)
    {
        var error = SingleError(WithPost("Nội dung.").With("images/hinh.svg", svg).Generate());
        Assert.Equal("input/images/hinh.svg", error.File);
        Assert.Equal(line, error.Line);
    }

    [Fact]
    public void A_plain_svg_is_published()
    {
        var result = WithPost("Nội dung.").With("images/hinh.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>Hình</title><rect width=\"1\" height=\"1\"/></svg>").Generate();
        Assert.True(result.Succeeded, Describe(result));
        Assert.True(Publishes(result, "images/hinh.svg"));
    }

    [Fact]
    public void A_table_only_a_draft_shows_has_no_page_csv_or_home_page_link()
    {
        var table = TestData.Table("du-thao", """{ "label": "A", "value": 1 }""");
        var result = WithPost("{{< chart du-thao >}}", draft: true).With("data/du-thao.json", table).Generate();
        Assert.True(result.Succeeded, Describe(result));
        Assert.DoesNotContain(result.Files, f => f.Path.StartsWith("so-lieu/du-thao", StringComparison.Ordinal));
        Assert.DoesNotContain("du-thao", Html(result, "index.html"));
        Assert.DoesNotContain("du-thao", Html(result, "so-lieu/index.html"));

        var preview = WithPost("{{< chart du-thao >}}", draft: true).With("data/du-thao.json", table).Generate(new GenerationOptions(IncludeDrafts: true));
        Assert.True(Publishes(preview, "so-lieu/du-thao/index.html"));
        Assert.True(Publishes(preview, "so-lieu/du-thao.csv"));
    }

    [Fact]
    public void A_table_a_published_post_also_shows_stays_public()
    {
        var table = TestData.Table("chung", """{ "label": "A", "value": 1 }""");
        var result = WithPost("{{< chart chung >}}", draft: true).With("data/chung.json", table)
            .With("posts/b.md", "---\ntitle: Tin B\ndate: 2020-07-16\n---\nMở đầu.\n\n{{< chart chung >}}\n").Generate();
        Assert.True(result.Succeeded, Describe(result));
        Assert.True(Publishes(result, "so-lieu/chung/index.html"));
        Assert.Contains("/so-lieu/chung/", Html(result, "index.html"));
    }

    [Fact]
    public void Aliases_become_permanent_redirects_to_the_post()
    {
        var result = new TestSite()
            .With("posts/moi.md", "---\ntitle: Tin mới\ndate: 2020-07-15\naliases: [/tin-tuc/ten-cu/, /bai-viet/123.html]\n---\nThân\n").Generate();
        Assert.True(result.Succeeded, Describe(result));
        var redirects = Encoding.UTF8.GetString(result.Files.Single(f => f.Path == RedirectsFeature.FileName).Content.Span);
        Assert.Contains("/tin-tuc/ten-cu/ /tin-tuc/moi/ 301\n", redirects);
        Assert.Contains("/bai-viet/123.html /tin-tuc/moi/ 301\n", redirects);
    }

    [Fact]
    public void A_drafts_aliases_are_not_redirected()
    {
        var result = new TestSite().With("posts/moi.md", "---\ntitle: Tin mới\ndate: 2020-07-15\ndraft: true\naliases: [/cu/]\n---\nThân\n").Generate();
        Assert.True(result.Succeeded, Describe(result));
        Assert.DoesNotContain(result.Files, f => f.Path == RedirectsFeature.FileName);
    }

    [Theory]
    [InlineData("[tin-tuc/cu/]", "'/'")]
    [InlineData("[/cu/*]", "*")]
    [InlineData("[https://example.org/cu/]", "'/'")]
    public void A_malformed_alias_is_an_error_at_its_line(string aliases, string expected)
    {
        var error = SingleError(new TestSite().With("posts/moi.md", $"---\ntitle: Tin mới\ndate: 2020-07-15\naliases: {aliases}\n---\nThân\n").Generate());
        Assert.Equal("input/posts/moi.md", error.File);
        Assert.Equal(4, error.Line);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void An_alias_that_is_still_a_page_or_claimed_twice_is_an_error()
    {
        var live = SingleError(new TestSite().Post("khac", "Tin khác", "2020-07-14")
            .With("posts/moi.md", "---\ntitle: Tin mới\ndate: 2020-07-15\naliases: [/tin-tuc/khac/]\n---\nThân\n").Generate());
        Assert.Equal(("input/posts/moi.md", 4), (live.File, live.Line));

        var twice = SingleError(new TestSite()
            .With("posts/a.md", "---\ntitle: Tin A\ndate: 2020-07-15\naliases: [/cu/]\n---\nThân\n")
            .With("posts/b.md", "---\ntitle: Tin B\ndate: 2020-07-16\naliases: [/cu]\n---\nThân\n").Generate());
        Assert.Contains("input/posts/", twice.Message);
    }

    [Fact]
    public void A_link_to_a_theme_asset_without_its_hash_is_an_error()
    {
        var result = WithPost("![Logo](/assets/logo.svg)").Generate();
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("input/posts/a.md", error.File);
        Assert.Contains("?v=", error.Message);
    }
}
