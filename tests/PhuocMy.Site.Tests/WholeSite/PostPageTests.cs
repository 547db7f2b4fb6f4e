using PhuocMy.Site.Tests.Support;

namespace PhuocMy.Site.Tests.WholeSite;

public class PostPageTests
{
    [Fact]
    public void Shows_the_sapo_once_the_vietnamese_date_and_a_figure_caption()
    {
        var result = new TestSite()
            .Post("a", "Tin A", "2020-07-15 16:00", body: "Đây là sapo.\n\n^^^\n![Hình minh họa](/images/a.svg)\n^^^ *Toàn cảnh hội nghị*\n\nThân bài.")
            .With("images/a.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
            .Generate();
        Assert.True(result.Succeeded, TestSite.Describe(result));
        var page = TestSite.Dom(result, "tin-tuc/a/index.html");

        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Đây là sapo.", page.QuerySelector(".sapo")!.TextContent);
        Assert.DoesNotContain("Đây là sapo.", page.QuerySelector(".post-body")!.TextContent);
        Assert.Equal("Thứ Tư, 15/07/2020", page.QuerySelector(".post-meta time")!.TextContent);
        Assert.Equal("2020-07-15T16:00:00+07:00", page.QuerySelector(".post-meta time")!.GetAttribute("datetime"));
        Assert.Equal("Toàn cảnh hội nghị", page.QuerySelector("figure figcaption")!.TextContent);
        // The body opens with the picture: the page's first large image loads at once (Features/Images).
        Assert.Equal("high", page.QuerySelector(".post-body img")!.GetAttribute("fetchpriority"));
    }

    [Fact]
    public void Heading_ids_have_no_diacritics_and_are_unique()
    {
        var result = new TestSite().Post("a", "Tin A", "2020-07-15", body: "Mở đầu.\n\n## Kết quả đạt được\n\nA\n\n## Kết quả đạt được\n\nB").Generate();
        var ids = TestSite.Dom(result, "tin-tuc/a/index.html").QuerySelectorAll(".post-body h2").Select(h => h.Id).ToArray();
        Assert.Equal(["ket-qua-dat-duoc", "ket-qua-dat-duoc-2"], ids);
    }

    [Fact]
    public void Drafts_are_left_out_unless_asked_for()
    {
        var site = new TestSite().Post("a", "Tin A", "2020-07-15").With("posts/nhap.md", "---\ntitle: Nháp\ndate: 2020-07-16\ndraft: true\n---\nThân\n");
        Assert.DoesNotContain(site.Generate().Files, f => f.Path == "tin-tuc/nhap/index.html");
        Assert.Contains(site.Generate(new Pipeline.GenerationOptions(IncludeDrafts: true)).Files, f => f.Path == "tin-tuc/nhap/index.html");
    }

    [Fact]
    public void A_post_with_no_tags_has_no_tag_line_and_no_related_block()
    {
        var result = new TestSite().Post("a", "Tin A", "2020-07-15").Post("b", "Tin B", "2020-07-16").Generate();
        Assert.True(result.Succeeded, TestSite.Describe(result));
        var page = TestSite.Dom(result, "tin-tuc/a/index.html");
        Assert.Null(page.QuerySelector(".post-tags"));
        Assert.Null(page.QuerySelector("#tin-lien-quan"));
        Assert.Equal("/tin-tuc/b/", page.QuerySelector(".post-nav-newer a")!.GetAttribute("href"));
    }

    [Fact]
    public void Related_posts_share_tags()
    {
        var result = new TestSite()
            .Post("a", "Tin A", "2020-07-15", tags: "[Covid-19]")
            .Post("b", "Tin B", "2020-07-16", tags: "[Covid-19, an sinh]")
            .Post("c", "Tin C", "2020-07-17", tags: "[du lịch]")
            .Generate();
        var related = TestSite.Dom(result, "tin-tuc/a/index.html").QuerySelectorAll("#tin-lien-quan + ul a").Select(a => a.GetAttribute("href")).ToArray();
        Assert.Equal(["/tin-tuc/b/"], related);
    }

    [Fact]
    public void The_lead_image_is_shown_once_and_must_exist()
    {
        static TestSite Site(string body) => new TestSite()
            .With("posts/a.md", $"---\ntitle: Tin A\ndate: 2020-07-15\nimage: /images/a.svg\nimage_alt: Hình minh họa\n---\n{body}\n")
            .With("images/a.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

        var separate = TestSite.Dom(Site("Mở đầu.\n\nThân bài.").Generate(), "tin-tuc/a/index.html");
        Assert.Equal("Hình minh họa", separate.QuerySelector(".lead-image img")!.GetAttribute("alt"));

        var inBody = TestSite.Dom(Site("Mở đầu.\n\n![Hình minh họa](/images/a.svg)").Generate(), "tin-tuc/a/index.html");
        Assert.Null(inBody.QuerySelector(".lead-image"));
        Assert.Single(inBody.QuerySelectorAll("img[src='/images/a.svg']"));

        var missing = new TestSite().With("posts/a.md", "---\ntitle: Tin A\ndate: 2020-07-15\nimage: /images/khong-co.svg\nimage_alt: Hình\n---\nThân\n").Generate();
        Assert.False(missing.Succeeded);
        Assert.Contains(missing.Diagnostics, d => d.File == "input/posts/a.md" && d.Message.Contains("/images/khong-co.svg"));
    }

    [Fact]
    public void A_correction_date_is_shown_in_da_nang_time()
    {
        var result = new TestSite().With("posts/a.md", "---\ntitle: Tin A\ndate: 2020-07-15\nupdated: 2020-07-16T02:00:00Z\n---\nThân\n").Generate();
        var updated = TestSite.Dom(result, "tin-tuc/a/index.html").QuerySelectorAll(".post-meta time")[1];
        Assert.Equal("16/07/2020 09:00", updated.TextContent);
        Assert.Equal("2020-07-16T09:00:00+07:00", updated.GetAttribute("datetime"));
    }
}
