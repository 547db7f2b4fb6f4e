using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Tests.Support;
using static PhuocMy.Site.Tests.Support.TestSite;

namespace PhuocMy.Site.Tests.Authoring;

/// <summary>The sapo never eats the body; links are read the way a browser reads them and point where the author meant.</summary>
public class SapoAndLinkTests
{
    private static TestSite WithPost(string body, string frontMatter = "") => new TestSite()
        .With("posts/2020/a.md", $"---\ntitle: Tin A\ndate: 2020-07-15\ncategory: Thông báo{frontMatter}\n---\n{body}\n")
        .With("images/a.svg", AuthoringFixtures.Svg);

    private static AngleSharp.Dom.IDocument PostPage(TestSite site) => Dom(Clean(site.Generate()), "tin-tuc/a/index.html");

    [Fact]
    public void A_body_that_opens_with_a_heading_takes_the_first_prose_paragraph()
    {
        var page = PostPage(WithPost("## Tình hình chung\n\nĐầu năm, phường triển khai nhiều việc.\n\nĐoạn hai."));
        Assert.Equal("Đầu năm, phường triển khai nhiều việc.", Text(page.QuerySelector(".sapo")));
        Assert.Equal(["Tình hình chung"], page.QuerySelectorAll(".post-body h2").Select(h => h.TextContent));
        Assert.Equal(["Đoạn hai."], page.QuerySelectorAll(".post-body p").Select(p => p.TextContent));
    }

    [Fact]
    public void A_body_that_opens_with_a_table_keeps_the_table()
    {
        var page = PostPage(WithPost("| Tổ | Số hộ |\n|---|---:|\n| 1 | 12 |\n\nBảng trên tổng hợp số hộ được hỗ trợ."));
        Assert.Equal("Bảng trên tổng hợp số hộ được hỗ trợ.", Text(page.QuerySelector(".sapo")));
        Assert.Equal("12", Text(page.QuerySelector(".post-body table td.align-right")));
    }

    [Fact]
    public void A_first_paragraph_with_a_link_stays_in_the_body_and_still_describes_the_page()
    {
        var page = PostPage(WithPost("UBND phường thông báo [lịch tiếp dân](/images/a.svg) tháng 8.\n\nĐoạn hai."));
        Assert.Null(page.QuerySelector(".sapo"));
        Assert.Equal("UBND phường thông báo lịch tiếp dân tháng 8.", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("lịch tiếp dân", Text(page.QuerySelector(".post-body p a[href='/images/a.svg']")));
    }

    [Fact]
    public void A_declared_summary_or_a_description_from_another_tool_leaves_the_body_whole()
    {
        var summary = PostPage(WithPost("Đoạn một.", "\nsummary: Tóm tắt riêng."));
        Assert.Equal("Tóm tắt riêng.", Text(summary.QuerySelector(".sapo")));
        Assert.Equal("Đoạn một.", Text(summary.QuerySelector(".post-body p")));

        var description = PostPage(WithPost("Đoạn một.", "\ndescription: Mô tả kiểu Hugo."));
        Assert.Equal("Mô tả kiểu Hugo.", Text(description.QuerySelector(".sapo")));
    }

    [Fact]
    public void A_page_without_any_prose_names_the_description_key_and_its_file()
    {
        var result = new TestSite().With("pages/bang-gia.md", "---\ntitle: Bảng giá\n---\n| Dịch vụ | Giá |\n|---|---|\n| Sao y | 2.000 đ |\n").Generate();
        var error = SingleError(result);
        Assert.Equal(("input/pages/bang-gia.md", 1), (error.File, error.Line));
        Assert.Contains("'description: …'", error.Hint);
    }

    [Fact]
    public void Links_to_md_files_are_resolved_from_the_file_they_are_in_and_follow_a_declared_slug()
    {
        var result = new TestSite()
            .With("posts/2021/b.md", "---\ntitle: Tin B\ndate: 2021-01-01\nslug: tin-b-moi\n---\nThân.\n")
            .With("pages/gioi-thieu.md", "---\ntitle: Giới thiệu\n---\nVề phường.\n")
            .With("posts/2020/a.md", "---\ntitle: Tin A\ndate: 2020-07-15\n---\nMở đầu.\n\n[B](../2021/b.md), [B nữa](/input/posts/2021/b.md#ket-qua), [giới thiệu](/pages/gioi-thieu.md), [ngoài](https://example.org/a.md)\n")
            .Generate();
        var hrefs = Dom(Clean(result), "tin-tuc/a/index.html").QuerySelectorAll(".post-body a").Select(a => a.GetAttribute("href"));
        Assert.Equal(["/tin-tuc/tin-b-moi/", "/tin-tuc/tin-b-moi/#ket-qua", "/gioi-thieu/", "https://example.org/a.md"], hrefs);
    }

    [Fact]
    public void A_link_to_an_md_file_in_the_wrong_folder_suggests_the_post_with_that_name()
    {
        var error = SingleError(new TestSite()
            .With("posts/2021/b.md", "---\ntitle: Tin B\ndate: 2021-01-01\n---\nThân.\n")
            .With("posts/2020/a.md", "---\ntitle: Tin A\ndate: 2020-07-15\n---\nMở đầu.\n\nXem [B](b.md).\n")
            .Generate());
        Assert.Equal(("input/posts/2020/a.md", 7), (error.File, error.Line));
        Assert.Contains("input/posts/2021/b.md", error.Hint);
        Assert.Contains("(/tin-tuc/b/)", error.Hint);
    }

    [Fact]
    public void An_image_next_to_the_post_or_written_without_its_leading_slash_is_found()
    {
        var result = new TestSite()
            .With("posts/2020/anh-ben-canh.svg", AuthoringFixtures.Svg)
            .With("images/a.svg", AuthoringFixtures.Svg)
            .With("posts/2020/a.md", "---\ntitle: Tin A\ndate: 2020-07-15\n---\nMở đầu.\n\n![Ảnh bên cạnh](anh-ben-canh.svg)\n\n![Ảnh chung](images/a.svg)\n")
            .Generate();
        var sources = Dom(Clean(result), "tin-tuc/a/index.html").QuerySelectorAll(".post-body img").Select(img => img.GetAttribute("src"));
        Assert.Equal(["/posts/2020/anh-ben-canh.svg", "/images/a.svg"], sources);
    }

    [Fact]
    public void A_missing_image_whose_name_differs_only_in_case_is_named()
    {
        var error = SingleError(new TestSite()
            .With("images/Hoi-Nghi.svg", AuthoringFixtures.Svg)
            .With("posts/a.md", "---\ntitle: Tin A\ndate: 2020-07-15\n---\nMở đầu.\n\n![Hội nghị](/images/hoi-nghi.svg)\n")
            .Generate());
        Assert.Equal(7, error.Line);
        Assert.Contains("/images/Hoi-Nghi.svg", error.Hint);
    }

    [Fact]
    public void A_broken_link_is_reported_at_every_line_it_is_written_on()
    {
        var result = new TestSite()
            .With("posts/a.md", "---\ntitle: Tin A\ndate: 2020-07-15\n---\nMở đầu [cũ](/tin-tuc/khong-co/).\n\nĐoạn hai.\n\nLại [cũ](/tin-tuc/khong-co/).\n")
            .Generate();
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.Equal([5, 9], errors.Select(e => e.Line ?? 0));
        Assert.All(errors, e => Assert.Equal("input/posts/a.md", e.File));
        Assert.All(errors, e => Assert.Contains("/tin-tuc/khong-co/", e.Message));
    }

    [Fact]
    public void A_page_whose_layout_is_for_posts_is_told_so_at_its_line()
    {
        var error = SingleError(new TestSite().With("pages/a.md", "---\ntitle: Trang A\nlayout: post\n---\nVề phường.\n").Generate());
        Assert.Equal(("input/pages/a.md", 3), (error.File, error.Line));
        Assert.Contains("'post'", error.Message);
    }

    [Fact]
    public void An_image_with_spaces_in_pasted_html_gets_a_valid_address_and_a_lead_image_is_not_shown_twice()
    {
        var result = new TestSite()
            .With("images/hội nghị.svg", AuthoringFixtures.Svg)
            .With("posts/a.md", "---\ntitle: Tin A\ndate: 2020-07-15\nimage: /images/hội nghị.svg\nimage_alt: Hội nghị\n---\nMở đầu.\n\n![Hội nghị](/images/hội nghị.svg)\n\n<div><img src=\"/images/h%E1%BB%99i ngh%E1%BB%8B.svg\" alt=\"Hội nghị\"></div>\n")
            .Generate();
        var page = Dom(Clean(result), "tin-tuc/a/index.html");
        Assert.Null(page.QuerySelector(".lead-image"));
        var pasted = page.QuerySelector(".post-body div img")!.GetAttribute("src")!;
        Assert.Equal("/images/h%E1%BB%99i%20ngh%E1%BB%8B.svg", pasted);
    }
}
