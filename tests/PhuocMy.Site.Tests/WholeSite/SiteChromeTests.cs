using PhuocMy.Site.Tests.Features;
using PhuocMy.Site.Tests.Support;
using static PhuocMy.Site.Tests.Support.TestSite;

namespace PhuocMy.Site.Tests.WholeSite;

/// <summary>
/// The frame around every page, from site.yml: the footer's "Chịu trách nhiệm nội dung" and licence, the English
/// page in English throughout (header, menu, breadcrumb, notice, footer from the <c>en</c> section), the short notice,
/// and the side column's values from the features.
/// </summary>
public sealed class SiteChromeTests
{
    private const string Chrome = """

        notice: "Từ ngày 01/7/2025 phường Thử Nghiệm được sắp xếp vào phường Mới. [Xem thêm](/gioi-thieu/)"
        notice_short: Từ 01/7/2025 thuộc phường Mới.
        content_responsible: Chủ tịch UBND phường Thử Nghiệm
        licence: "Ghi rõ nguồn khi phát hành lại thông tin từ trang này."
        en:
          title: Thu Nghiem Ward portal
          organisation: People's Committee of Thu Nghiem Ward
          content_responsible: Chairperson of the People's Committee
          licence: Please credit the portal when you republish.
          notice: "Since 1 July 2025 the ward is part of Moi Ward. [Read more](/en/)"
          notice_short: Now part of Moi Ward.
          menu:
            - { title: About the ward, url: /en/ }
            - { title: Tiếng Việt, url: /, lang: vi }
          ui:
            skip_link: Skip to main content
            main_nav: Main navigation
            breadcrumb: Breadcrumb
            home: Home
            notice_more: Read more
            address: Address
            content_responsible: Responsible for content
        """;

    private static TestSite Site() => new TestSite(TestSite.Settings + Chrome)
        .Post("a", "Tin A", "2020-07-15")
        .With("pages/gioi-thieu.md", "---\ntitle: Giới thiệu\n---\nPhường Thử Nghiệm.\n")
        .With("pages/en.md", "---\ntitle: About the ward\nlang: en\n---\nThu Nghiem was a ward of Da Nang.\n");

    [Fact]
    public void The_footer_names_who_is_responsible_for_the_content_and_the_licence()
    {
        var page = Dom(Clean(Site().Generate()), "tin-tuc/a/index.html");
        var legal = page.QuerySelector(".site-footer .footer-legal")!;
        Assert.Contains("Chịu trách nhiệm nội dung: Chủ tịch UBND phường Thử Nghiệm", Text(legal));
        Assert.Contains("Ghi rõ nguồn khi phát hành lại thông tin từ trang này.", Text(legal));
    }

    [Fact]
    public void The_english_page_is_in_english_throughout()
    {
        var page = Dom(Clean(Site().Generate()), "en/index.html");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.All(page.QuerySelectorAll(".skip-link, .site-header, .breadcrumb, .site-footer"), element => Assert.Equal("en", element.GetAttribute("lang")));
        Assert.Equal("Skip to main content", Text(page.QuerySelector(".skip-link")));
        Assert.Equal("Thu Nghiem Ward portal", Text(page.QuerySelector(".site-title")));
        Assert.Equal("Main navigation", page.QuerySelector(".main-nav")!.GetAttribute("aria-label"));
        var menu = page.QuerySelectorAll(".main-nav a").ToList();
        Assert.Equal(["About the ward", "Tiếng Việt"], menu.Select(a => Text(a)));
        Assert.Equal("vi", menu[1].GetAttribute("lang"));
        Assert.Equal("Breadcrumb", page.QuerySelector(".breadcrumb")!.GetAttribute("aria-label"));
        Assert.Equal("Home", Text(page.QuerySelector(".breadcrumb li a")));
        Assert.Equal("Now part of Moi Ward.", Text(page.QuerySelector(".notice-short")));
        Assert.Equal("Read more", Text(page.QuerySelector(".notice-more")));
        Assert.Contains("Since 1 July 2025", Text(page.QuerySelector(".notice-full")));
        Assert.Equal("People's Committee of Thu Nghiem Ward", Text(page.QuerySelector(".site-footer h2")));
        Assert.StartsWith("Address: ", Text(page.QuerySelector(".contact-list li")));
        Assert.Contains("Responsible for content: Chairperson of the People's Committee", Text(page.QuerySelector(".footer-legal")));
        Assert.DoesNotContain("Chịu trách nhiệm", page.DocumentElement.OuterHtml);
        Assert.Null(page.QuerySelector(".side-column"));
    }

    [Fact]
    public void Vietnamese_pages_keep_the_vietnamese_frame_and_a_short_notice_that_opens()
    {
        var page = Dom(Clean(Site().Generate()), "tin-tuc/a/index.html");
        Assert.Equal("vi", page.QuerySelector(".site-header")!.GetAttribute("lang"));
        Assert.Equal("Bỏ qua, đến nội dung chính", Text(page.QuerySelector(".skip-link")));
        Assert.Equal("Trang chủ", Text(page.QuerySelector(".breadcrumb li a")));
        var notice = page.QuerySelector(".site-notice details")!;
        Assert.Equal("Từ 01/7/2025 thuộc phường Mới.", Text(notice.QuerySelector("summary .notice-short")));
        Assert.Equal("Xem thêm", Text(notice.QuerySelector("summary .notice-more")));
        Assert.Equal("/gioi-thieu/", notice.QuerySelector(".notice-full a")!.GetAttribute("href"));
    }

    [Fact]
    public void Without_a_short_notice_the_whole_notice_shows_and_without_en_the_english_page_falls_back_to_vietnamese()
    {
        var result = Clean(new TestSite(TestSite.Settings + "\nnotice: Thông báo chung.\n")
            .With("pages/en.md", "---\ntitle: About\nlang: en\n---\nText.\n").Generate());
        var page = Dom(result, "en/index.html");
        Assert.Null(page.QuerySelector(".site-notice details"));
        Assert.Equal("Thông báo chung.", Text(page.QuerySelector(".site-notice .notice-full")));
        Assert.Equal("Cổng thông tin điện tử phường Thử Nghiệm", Text(page.QuerySelector(".site-title")));
        Assert.Null(page.QuerySelector(".footer-legal"));
    }

    [Fact]
    public void The_side_column_lists_the_latest_documents_and_this_weeks_schedule()
    {
        var result = Clean(new TestSite()
            .Post("a", "Tin A", "2020-07-15")
            .Document("125-kh-ubnd-2023", "125/KH-UBND", "2023-10-20", title: "Kế hoạch tổ chức Ngày hội Đại đoàn kết")
            .Document("18-kh-ubnd-2020", "18/KH-UBND", "2020-02-03")
            .With("schedule/2025-06-16.yml", "week_start: 2025-06-16\nitems:\n  - date: 2025-06-16\n    time: \"07:30\"\n    content: Chào cờ đầu tuần\n")
            .Generate());

        var post = Dom(result, "tin-tuc/a/index.html");
        var aside = post.QuerySelector("aside.side-column")!;
        Assert.Equal(["/van-ban/125-kh-ubnd-2023/", "/van-ban/18-kh-ubnd-2020/"], aside.QuerySelectorAll("#cot-van-ban ~ ul a").Select(a => a.GetAttribute("href")));
        Assert.Contains("Chào cờ đầu tuần", Text(aside.QuerySelector(".side-schedule")));
        Assert.Equal("2025-06-16T07:30", aside.QuerySelector(".side-schedule time")!.GetAttribute("datetime"));
        Assert.Contains("has-side-column", post.QuerySelector(".page-columns")!.ClassList);

        Assert.Null(Dom(result, "van-ban/index.html").QuerySelector("aside.side-column"));
    }
}
