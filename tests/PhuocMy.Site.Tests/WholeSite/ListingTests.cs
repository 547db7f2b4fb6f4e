using PhuocMy.Site.Tests.Support;

namespace PhuocMy.Site.Tests.WholeSite;

/// <summary>Paging edges and archive boundaries (the test site shows 3 posts per page).</summary>
public class ListingTests
{
    private static TestSite WithPosts(int count, string category = "Tin tức - Sự kiện")
    {
        var site = new TestSite();
        for (var i = 1; i <= count; i++) site.Post($"tin-{i}", $"Tin số {i}", $"2021-03-{i:00} 08:00", category);
        return site;
    }

    private static string[] Titles(Pipeline.GenerationResult result, string path) =>
        TestSite.Dom(result, path).QuerySelectorAll(".post-card-title a").Select(a => a.TextContent).ToArray();

    [Fact]
    public void Exactly_one_page_has_no_pagination()
    {
        var result = WithPosts(3).Generate();
        Assert.True(result.Succeeded, TestSite.Describe(result));
        Assert.Equal(["Tin số 3", "Tin số 2", "Tin số 1"], Titles(result, "chuyen-muc/tin-tuc-su-kien/index.html"));
        Assert.Null(TestSite.Dom(result, "chuyen-muc/tin-tuc-su-kien/index.html").QuerySelector(".pagination"));
        Assert.DoesNotContain(result.Files, f => f.Path.StartsWith("chuyen-muc/tin-tuc-su-kien/trang/", StringComparison.Ordinal));
    }

    [Fact]
    public void Page_size_plus_one_makes_a_second_page_with_the_oldest_post()
    {
        var result = WithPosts(4).Generate();
        Assert.True(result.Succeeded, TestSite.Describe(result));
        Assert.Equal(["Tin số 1"], Titles(result, "chuyen-muc/tin-tuc-su-kien/trang/2/index.html"));

        var first = TestSite.Dom(result, "chuyen-muc/tin-tuc-su-kien/index.html");
        Assert.Equal("/chuyen-muc/tin-tuc-su-kien/trang/2/", first.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href"));
        Assert.Null(first.QuerySelector(".pagination a[rel=prev]"));
        Assert.Equal("1", first.QuerySelector(".pagination a[aria-current=page]")!.TextContent);

        var second = TestSite.Dom(result, "chuyen-muc/tin-tuc-su-kien/trang/2/index.html");
        Assert.Equal("/chuyen-muc/tin-tuc-su-kien/", second.QuerySelector(".pagination a[rel=prev]")!.GetAttribute("href"));
        Assert.Null(second.QuerySelector(".pagination a[rel=next]"));
        Assert.Contains("trang 2", second.Title);
    }

    [Fact]
    public void An_empty_category_still_has_its_page()
    {
        var result = WithPosts(1).Generate();
        Assert.True(result.Succeeded, TestSite.Describe(result));
        var page = TestSite.Dom(result, "chuyen-muc/thong-bao/index.html");
        Assert.Equal("Chưa có tin bài nào.", page.QuerySelector(".empty")!.TextContent);
        Assert.Empty(page.QuerySelectorAll(".post-card"));
    }

    [Fact]
    public void Months_are_counted_in_da_nang_time()
    {
        // 23:30 on 31 January in Đà Nẵng is 16:30 UTC, and 00:30 on 1 February in Đà Nẵng is still 31 January in UTC.
        var result = new TestSite()
            .Post("cuoi-thang", "Cuối tháng Giêng", "2021-01-31 23:30")
            .Post("dau-thang", "Đầu tháng Hai", "2021-02-01 00:30")
            .Post("utc", "Giờ UTC", "2021-01-31T17:30:00Z")
            .Generate();
        Assert.True(result.Succeeded, TestSite.Describe(result));
        Assert.Equal(["Cuối tháng Giêng"], Titles(result, "luu-tru/2021/01/index.html"));
        Assert.Equal(["Đầu tháng Hai", "Giờ UTC"], Titles(result, "luu-tru/2021/02/index.html").Order().ToArray());
    }

    [Fact]
    public void Archive_index_counts_posts_per_year_and_month()
    {
        var result = new TestSite()
            .Post("a", "Tin A", "2020-07-15").Post("b", "Tin B", "2020-07-20").Post("c", "Tin C", "2021-03-01")
            .Generate();
        var page = TestSite.Dom(result, "luu-tru/index.html");
        var years = page.QuerySelectorAll(".archive-year h2").Select(h => h.TextContent.Trim()).ToArray();
        Assert.Equal(["Năm 2021 (1 tin)", "Năm 2020 (2 tin)"], years);
        Assert.Equal("(2)", page.QuerySelector("a[href='/luu-tru/2020/07/'] + .count")!.TextContent);
    }

    [Fact]
    public void Tags_are_listed_in_vietnamese_order()
    {
        var result = new TestSite()
            .Post("a", "Tin A", "2020-07-15", tags: "[Đô thị, an sinh, Ăn uống, du lịch]")
            .Generate();
        var names = TestSite.Dom(result, "tu-khoa/index.html").QuerySelectorAll(".tag-cloud a").Select(a => a.TextContent).ToArray();
        Assert.Equal(["an sinh", "Ăn uống", "du lịch", "Đô thị"], names);
    }

    [Fact]
    public void Long_listings_show_a_window_of_page_numbers()
    {
        var result = WithPosts(30).Generate();
        Assert.True(result.Succeeded, TestSite.Describe(result));
        var numbers = TestSite.Dom(result, "chuyen-muc/tin-tuc-su-kien/trang/5/index.html")
            .QuerySelectorAll(".pagination li").Select(li => li.TextContent.Trim()).ToArray();
        Assert.Equal(["‹ Trang trước", "1", "…", "3", "4", "5", "6", "7", "…", "10", "Trang sau ›"], numbers);
    }
}
