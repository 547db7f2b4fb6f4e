using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Tests.Support;
using static PhuocMy.Site.Tests.Support.TestSite;

namespace PhuocMy.Site.Tests.Features;

public sealed class ScheduleFeatureTests
{
    private const string June16 = """
        week_start: 2025-06-16
        sample: true
        items:
          - date: 2025-06-17
            time: "14:00"
            content: Làm việc với các cơ sở lưu trú
            chair: Trưởng Công an phường
            participants: Công an phường, đại diện các cơ sở lưu trú
            location: Hội trường UBND phường
          - date: 2025-06-16
            time: "14:00"
            content: Họp Tổ công tác rà soát hồ sơ
            chair: Chủ tịch UBND phường
          - date: 2025-06-16
            time: "07:30"
            content: Chào cờ đầu tuần, giao ban lãnh đạo UBND phường
            chair: Chủ tịch UBND phường
            participants: Lãnh đạo UBND, công chức chuyên môn
            location: Hội trường UBND phường
        """;

    private const string June23 = """
        week_start: 2025-06-23
        items:
          - date: 2025-06-23
            time: "07:30"
            content: Chào cờ đầu tuần
        """;

    private static TestSite TwoWeeks() => new TestSite().With("schedule/2025-06-16.yml", June16).With("schedule/2025-06-23.yml", June23);

    [Fact]
    public void Index_shows_the_latest_week_and_links_the_earlier_ones()
    {
        var result = Clean(TwoWeeks().Generate());
        var page = Dom(result, "lich-cong-tac/index.html");

        Assert.Equal("Lịch công tác tuần từ 23/06/2025 đến 29/06/2025", Text(page.QuerySelector("h1")));
        Assert.Equal(["Thứ Hai, 23/06/2025", "Lịch các tuần trước"], page.QuerySelectorAll("main h2").Select(h => Text(h)));
        var earlier = page.QuerySelectorAll(".schedule-weeks a").Select(a => a.GetAttribute("href"));
        Assert.Equal(["/lich-cong-tac/2025-06-16/"], earlier);
        Assert.Null(page.QuerySelector(".sample-notice"));
    }

    [Fact]
    public void Each_week_has_its_own_page_grouped_by_day_in_time_order()
    {
        var result = Clean(TwoWeeks().Generate());
        var page = Dom(result, "lich-cong-tac/2025-06-16/index.html");

        Assert.Equal("Lịch công tác tuần từ 16/06/2025 đến 22/06/2025", Text(page.QuerySelector("h1")));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal(["Thứ Hai, 16/06/2025", "Thứ Ba, 17/06/2025", "Lịch các tuần khác"], page.QuerySelectorAll("main h2").Select(h => Text(h)));
        Assert.NotNull(page.QuerySelector(".sample-notice"));

        var monday = page.QuerySelector("section.schedule-day table")!;
        Assert.NotNull(monday.QuerySelector("caption"));
        Assert.Equal(["Thời gian", "Nội dung", "Chủ trì", "Thành phần", "Địa điểm"], monday.QuerySelectorAll("thead th").Select(th => Text(th)));
        Assert.All(monday.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        var rows = monday.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(["07:30", "14:00"], rows.Select(r => Text(r.QuerySelector("th"))));
        Assert.Equal(
            ["07:30", "Chào cờ đầu tuần, giao ban lãnh đạo UBND phường", "Chủ tịch UBND phường", "Lãnh đạo UBND, công chức chuyên môn", "Hội trường UBND phường"],
            rows[0].Children.Select(c => Text(c)));
        Assert.Equal("2025-06-16T07:30", rows[0].QuerySelector("time")!.GetAttribute("datetime"));

        Assert.Equal("/lich-cong-tac/2025-06-23/", page.QuerySelector(".schedule-nav a[rel=next]")!.GetAttribute("href"));
        Assert.Equal(["Trang chủ", "Lịch công tác", "Tuần 16/06/2025 – 22/06/2025"], page.QuerySelectorAll("nav.breadcrumb li").Select(li => Text(li)));

        var file = result.Files.Single(f => f.Path == "lich-cong-tac/2025-06-16/index.html");
        Assert.Equal("input/schedule/2025-06-16.yml", file.Origin);
        Assert.Contains("input/schedule/2025-06-23.yml", file.Sources);
        Assert.DoesNotContain(result.Files, f => f.Path.StartsWith("schedule/", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_any_schedule_the_index_says_so()
    {
        var page = Dom(Clean(new TestSite().Generate()), "lich-cong-tac/index.html");
        Assert.Equal("Lịch công tác", Text(page.QuerySelector("h1")));
        Assert.Contains("Chưa có lịch công tác", Text(page.QuerySelector("p.empty")));
        Assert.Null(page.QuerySelector("table"));
    }

    [Fact]
    public void A_week_start_that_is_not_a_Monday_is_an_error_with_the_right_Monday()
    {
        var error = SingleError(new TestSite().With("schedule/2025-06-18.yml", "week_start: 2025-06-18\nitems: []\n").Generate());
        Assert.Equal(("input/schedule/2025-06-18.yml", 1), (error.File, error.Line));
        Assert.Contains("thứ tư", error.Message);
        Assert.Contains("week_start: 2025-06-16", error.Hint);
    }

    [Fact]
    public void A_file_name_that_differs_from_week_start_is_an_error()
    {
        var error = SingleError(new TestSite().With("schedule/2025-06-23.yml", "# tuần\nweek_start: 2025-06-16\n").Generate());
        Assert.Equal(("input/schedule/2025-06-23.yml", 2), (error.File, error.Line));
        Assert.Contains("2025-06-16.yml", error.Hint);
    }

    [Fact]
    public void A_file_name_that_is_not_a_date_is_an_error()
    {
        var error = SingleError(new TestSite().With("schedule/tuan-25.yml", "week_start: 2025-06-16\n").Generate());
        Assert.Equal("input/schedule/tuan-25.yml", error.File);
        Assert.Contains("2025-06-16.yml", error.Hint);
    }

    [Fact]
    public void An_item_outside_its_week_names_its_line_and_the_right_file()
    {
        var yaml = "week_start: 2025-06-16\nitems:\n  - date: 2025-06-16\n    content: A\n  - date: 2025-06-24\n    time: \"08:00\"\n    content: B\n";
        var error = SingleError(new TestSite().With("schedule/2025-06-16.yml", yaml).Generate());
        Assert.Equal(("input/schedule/2025-06-16.yml", 5), (error.File, error.Line));
        Assert.Contains("24/06/2025", error.Message);
        Assert.Contains("2025-06-23.yml", error.Hint);
    }

    [Theory]
    [InlineData("7:30")]
    [InlineData("24:00")]
    [InlineData("sáng")]
    public void A_time_not_written_HH_mm_is_an_error(string time)
    {
        var yaml = $"week_start: 2025-06-16\nitems:\n  - date: 2025-06-16\n    time: \"{time}\"\n    content: A\n";
        var error = SingleError(new TestSite().With("schedule/2025-06-16.yml", yaml).Generate());
        Assert.Equal(4, error.Line);
        Assert.Contains(time, error.Message);
        Assert.Contains("\"07:30\"", error.Hint);
    }

    [Fact]
    public void An_item_without_content_is_an_error_at_the_item()
    {
        var yaml = "week_start: 2025-06-16\nitems:\n  - date: 2025-06-16\n    time: \"08:00\"\n";
        var error = SingleError(new TestSite().With("schedule/2025-06-16.yml", yaml).Generate());
        Assert.Equal(3, error.Line);
        Assert.Contains("content", error.Message);
    }

    [Fact]
    public void Broken_yaml_names_its_line()
    {
        var yaml = "week_start: 2025-06-16\nitems:\n  - date: 2025-06-16\n   content: lệch lề\n";
        var error = SingleError(new TestSite().With("schedule/2025-06-16.yml", yaml).Generate());
        Assert.Equal("input/schedule/2025-06-16.yml", error.File);
        Assert.Contains("YAML", error.Message);
        Assert.InRange(error.Line ?? 0, 3, 4);
    }

    [Fact]
    public void An_item_without_time_is_shown_as_the_whole_day_before_timed_ones()
    {
        var yaml = "week_start: 2025-06-16\nitems:\n  - date: 2025-06-16\n    time: \"08:00\"\n    content: Họp\n  - date: 2025-06-16\n    content: Trực lãnh đạo\n";
        var page = Dom(Clean(new TestSite().With("schedule/2025-06-16.yml", yaml).Generate()), "lich-cong-tac/index.html");
        Assert.Equal(["Cả ngày", "08:00"], page.QuerySelectorAll("tbody th").Select(th => Text(th)));
    }

    [Fact]
    public void A_week_without_items_still_has_its_page()
    {
        var page = Dom(Clean(new TestSite().With("schedule/2025-06-16.yml", "week_start: 2025-06-16\n").Generate()), "lich-cong-tac/2025-06-16/index.html");
        Assert.Equal("Lịch công tác tuần từ 16/06/2025 đến 22/06/2025", Text(page.QuerySelector("h1")));
        Assert.Contains("chưa có lịch", Text(page.QuerySelector("p.empty")));
    }

    [Fact]
    public void Two_files_for_one_week_are_an_error()
    {
        var error = SingleError(new TestSite()
            .With("schedule/2025-06-16.yml", "week_start: 2025-06-16\n")
            .With("schedule/2025-06-16.yaml", "week_start: 2025-06-16\n")
            .Generate());
        Assert.Contains("2025-06-16.y", error.Message);
    }

    [Fact]
    public void A_missing_week_start_suggests_the_Monday_of_the_file_name()
    {
        var error = SingleError(new TestSite().With("schedule/2025-06-16.yml", "items: []\n").Generate());
        Assert.Contains("week_start", error.Message);
        Assert.Equal("Thêm dòng: week_start: 2025-06-16", error.Hint);
    }
}
