using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Quality;
using static PhuocMy.Site.Tests.Quality.CheckHarness;

namespace PhuocMy.Site.Tests.Quality;

public sealed class HeadingOrderCheckTests
{
    private static IReadOnlyList<Diagnostic> Check(string body) => Run(new HeadingOrderCheck(), Page(body));

    [Fact]
    public void One_h1_and_levels_stepping_down_one_at_a_time_pass()
    {
        Assert.Empty(Check("""
            <h2 class="sr-only">Điều hướng</h2>
            <h1>Tin tức</h1>
            <h2>Mới nhất</h2><h3>Hội nghị</h3><h4>Chi tiết</h4>
            <h2>Xem thêm</h2>
            """));
    }

    [Fact]
    public void Page_without_h1_is_an_error()
    {
        var error = Assert.Single(Check("<h2>Tin tức</h2>"));
        Assert.Contains("<h1>", error.Message);
    }

    [Fact]
    public void Page_with_two_h1_is_an_error_quoting_both()
    {
        var error = Assert.Single(Check("<h1>Tin tức</h1><h1>Thông báo</h1>"));
        Assert.Contains("Tin tức", error.Message);
        Assert.Contains("Thông báo", error.Message);
    }

    [Fact]
    public void Skipping_a_level_going_down_is_an_error_naming_the_heading()
    {
        var error = Assert.Single(Check("<h1>Trang</h1><h2>Mục</h2><h4>Chi tiết nhỏ</h4>"));
        Assert.Contains("<h4>", error.Message);
        Assert.Contains("Chi tiết nhỏ", error.Message);
        Assert.Contains("<h3>", error.Hint);
    }

    [Fact]
    public void Empty_heading_is_an_error()
    {
        var error = Assert.Single(Check("<h1>Trang</h1><h2>  </h2>"));
        Assert.Contains("rỗng", error.Message);
        Assert.Empty(Check("""<h1><img src="/logo.svg" alt="UBND phường Phước Mỹ"></h1>"""));
    }
}
