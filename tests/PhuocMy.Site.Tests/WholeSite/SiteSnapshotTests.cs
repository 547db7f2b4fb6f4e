using PhuocMy.Site.Testing;
using PhuocMy.Site.Tests.Support;

namespace PhuocMy.Site.Tests.WholeSite;

/// <summary>Whole-site builds of a small tree, compared with verified HTML kept in <c>Snapshots/</c>.</summary>
public partial class SiteSnapshotTests
{
    /// <summary>Asset versions change with every CSS edit; ThemeTests covers them, the snapshots cover the markup.</summary>
    private static string Page(Pipeline.GenerationResult result, string path) =>
        AssetVersion().Replace(TestSite.Html(result, path), "?v=HASH");

    [System.Text.RegularExpressions.GeneratedRegex(@"\?v=[0-9a-f]{10}")]
    private static partial System.Text.RegularExpressions.Regex AssetVersion();

    private static TestSite SmallSite() => new TestSite()
        .Post("hoi-nghi-so-ket", "Đảng ủy phường sơ kết 6 tháng đầu năm", "2020-07-15 16:00", "Xây dựng Đảng", "[Covid-19, thu ngân sách]",
            "Đảng ủy phường vừa tổ chức sơ kết công tác 6 tháng đầu năm.\n\n^^^\n![Hình vẽ minh họa hội trường](/images/hoi-truong.svg)\n^^^ *Toàn cảnh hội nghị*\n\n## Kết quả đạt được\n\nThu ngân sách đạt 28% kế hoạch.\n\n| Chỉ tiêu | Số liệu |\n|---|---:|\n| Hồ sơ tiếp nhận | 2.280 |\n")
        .Post("ra-quan-ve-sinh", "Ra quân vệ sinh môi trường biển", "2021-03-14 07:30", "Tin tức - Sự kiện", "[môi trường]")
        .Post("thong-bao-lich-tiep-dan", "Thông báo lịch tiếp công dân", "2021-01-31 23:30", "Thông báo")
        .With("images/hoi-truong.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>");

    [Fact]
    public void Home_page()
    {
        var result = SmallSite().Generate();
        Assert.True(result.Succeeded, TestSite.Describe(result));
        HtmlSnapshot.Match(Page(result, "index.html"), "home");
    }

    [Fact]
    public void Post_page()
    {
        var result = SmallSite().Generate();
        Assert.True(result.Succeeded, TestSite.Describe(result));
        HtmlSnapshot.Match(Page(result, "tin-tuc/hoi-nghi-so-ket/index.html"), "post");
    }

    [Fact]
    public void Category_page()
    {
        var result = SmallSite().Generate();
        Assert.True(result.Succeeded, TestSite.Describe(result));
        HtmlSnapshot.Match(Page(result, "chuyen-muc/xay-dung-dang/index.html"), "category");
    }

    [Fact]
    public void Archive_index()
    {
        var result = SmallSite().Generate();
        Assert.True(result.Succeeded, TestSite.Describe(result));
        HtmlSnapshot.Match(Page(result, "luu-tru/index.html"), "archive-index");
    }
}
