using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Tests.Support;
using static PhuocMy.Site.Tests.Support.TestSite;

namespace PhuocMy.Site.Tests.WholeSite;

/// <summary>Inputs that used to crash the build with a stack trace: each is now a message naming its file and line.</summary>
public sealed class HostileInputTests
{
    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31 23:59")]
    [InlineData("0001-01-01T00:00:00+07:00")]
    public void A_date_at_the_ends_of_the_calendar_is_an_error_at_its_line(string date)
    {
        var error = SingleError(new TestSite().With("posts/a.md", $"---\ntitle: Tin\ndate: {date}\n---\nThân\n").Generate());
        Assert.Equal("input/posts/a.md", error.File);
        Assert.Equal(3, error.Line);
        Assert.Contains(date, error.Message);
    }

    [Fact]
    public void A_300_character_slug_is_an_error_at_its_line()
    {
        var error = SingleError(new TestSite().With("posts/a.md", $"---\ntitle: Tin\ndate: 2020-07-15\nslug: {new string('a', 300)}\n---\nThân\n").Generate());
        Assert.Equal("input/posts/a.md", error.File);
        Assert.Equal(4, error.Line);
        Assert.Contains("300 ký tự", error.Message);
    }

    [Fact]
    public void A_300_character_tag_is_an_error_at_its_line()
    {
        var error = SingleError(new TestSite().With("posts/a.md", $"---\ntitle: Tin\ndate: 2020-07-15\ntags: [ngắn, {new string('b', 300)}]\n---\nThân\n").Generate());
        Assert.Equal("input/posts/a.md", error.File);
        Assert.Equal(4, error.Line);
        Assert.Contains("từ khóa", error.Message);
    }

    [Fact]
    public void A_very_long_file_name_is_caught_before_writing()
    {
        // 200 letters each becoming "d-" in the slug: short in the file system's characters, long as an address.
        var name = string.Concat(Enumerable.Repeat("đ ", 100)).Trim();
        var error = SingleError(new TestSite().With($"pages/{name}.md", "---\ntitle: Trang\n---\nThân\n").Generate());
        Assert.Equal($"input/pages/{name}.md", error.File);
        Assert.Contains("slug", error.Message);
    }

    [Fact]
    public void Chart_numbers_beyond_decimal_range_are_an_error_at_their_line()
    {
        var table = TestData.Table("so-lon", rows: """{ "label": "A", "value": 1e400 }""");
        var error = SingleError(new TestSite().With("data/so-lon.json", table).Generate());
        Assert.Equal("input/data/so-lon.json", error.File);
        Assert.Equal(TestData.FirstRowLine, error.Line);
        Assert.Contains("1e400", error.Message);
    }

    [Fact]
    public void Duplicate_json_keys_are_an_error_at_the_second_one()
    {
        var table = TestData.Table("trung", rows: """{ "label": "A", "value": 1, "value": 2 }""");
        var error = SingleError(new TestSite().With("data/trung.json", table).Generate());
        Assert.Equal("input/data/trung.json", error.File);
        Assert.Equal(TestData.FirstRowLine, error.Line);
        Assert.Contains("\"value\"", error.Message);
        Assert.Contains("hai lần", error.Message);
    }

    [Fact]
    public void A_table_of_100000_rows_is_refused_with_its_numbers()
    {
        var rows = string.Join(",\n", Enumerable.Range(0, 100_000).Select(i => $$"""{ "label": "Hàng {{i}}", "value": {{i}} }"""));
        var error = SingleError(new TestSite().With("data/nhieu.json", TestData.Table("nhieu", rows)).Generate());
        Assert.Equal("input/data/nhieu.json", error.File);
        Assert.Contains("100.000 hàng", error.Message);
        Assert.Contains("500", error.Message);
    }

    [Fact]
    public void A_table_past_a_comfortable_size_is_published_with_a_warning()
    {
        var rows = string.Join(",\n", Enumerable.Range(0, 150).Select(i => $$"""{ "label": "Hàng {{i}}", "value": {{i}} }"""));
        var result = new TestSite().With("data/vua.json", TestData.Table("vua", rows)).Generate();
        Assert.True(result.Succeeded, Describe(result));
        var warning = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Warning);
        Assert.Equal("input/data/vua.json", warning.File);
        Assert.Contains("150 hàng", warning.Message);
    }

    [Fact]
    public void A_50_megabyte_table_is_refused_before_it_is_parsed()
    {
        var padding = new string(' ', 50 * 1024 * 1024);
        var error = SingleError(new TestSite().With("data/nang.json", TestData.Table("nang", """{ "label": "A", "value": 1 }""") + padding).Generate());
        Assert.Equal("input/data/nang.json", error.File);
        Assert.Contains("50 MB", error.Message);
    }
}

/// <summary>A valid data table around the rows a test gives.</summary>
internal static class TestData
{
    public const int FirstRowLine = 7;

    public static string Table(string id, string rows) => $$"""
        {
          "id": "{{id}}",
          "title": "Bảng thử nghiệm có một thông điệp rõ ràng",
          "unit": "hồ sơ",
          "chart": "bar",
          "rows": [
            {{rows}}
          ]
        }
        """;
}
