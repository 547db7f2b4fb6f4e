using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Tests.Support;
using static PhuocMy.Site.Tests.Support.TestSite;

namespace PhuocMy.Site.Tests.WholeSite;

/// <summary>Every kind of bad input is reported with the file, the line where known, and what to do; nothing is produced.</summary>
public class BadInputTests
{
    [Fact]
    public void Missing_title()
    {
        var error = SingleError(new TestSite().With("posts/a.md", "---\ndate: 2020-07-15\n---\nThân\n").Generate());
        Assert.Equal("input/posts/a.md", error.File);
        Assert.Contains("title", error.Message);
        Assert.Contains("title:", error.Hint);
    }

    [Fact]
    public void Missing_date()
    {
        var error = SingleError(new TestSite().With("posts/a.md", "---\ntitle: Tin\n---\nThân\n").Generate());
        Assert.Contains("date", error.Message);
    }

    [Fact]
    public void Unparseable_date_names_the_line()
    {
        var error = SingleError(new TestSite().With("posts/a.md", "---\ntitle: Tin\ndate: 15 tháng 7\n---\nThân\n").Generate());
        Assert.Equal(3, error.Line);
        Assert.Contains("15 tháng 7", error.Message);
        Assert.Contains("2020-07-15", error.Hint);
    }

    [Fact]
    public void Invalid_yaml()
    {
        var error = SingleError(new TestSite().With("posts/a.md", "---\ntitle: Tin: có dấu hai chấm\ndate: 2020-07-15\n---\nThân\n").Generate());
        Assert.Equal("input/posts/a.md", error.File);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Duplicate_slug_names_both_files()
    {
        var error = SingleError(new TestSite()
            .Post("a", "Tin A", "2020-07-15")
            .With("posts/2021/b.md", "---\ntitle: Tin B\ndate: 2021-01-01\nslug: a\n---\nThân\n")
            .Generate());
        Assert.Contains("/tin-tuc/a/", error.Message);
        Assert.Contains("input/posts/", error.Message);
    }

    [Fact]
    public void Unknown_category_lists_the_known_ones()
    {
        var error = SingleError(new TestSite().Post("a", "Tin A", "2020-07-15", category: "Thể thao").Generate());
        Assert.Contains("Thể thao", error.Message);
        Assert.Contains("Xây dựng Đảng", error.Hint);
    }

    [Fact]
    public void A_category_written_without_diacritics_gets_the_right_name_suggested()
    {
        var error = SingleError(new TestSite().Post("a", "Tin A", "2020-07-15", category: "Thong bao").Generate());
        Assert.Contains("'Thông báo'", error.Hint);
    }

    [Fact]
    public void Unknown_layout()
    {
        var error = SingleError(new TestSite().With("posts/a.md", "---\ntitle: Tin\ndate: 2020-07-15\nlayout: tin-dac-biet\n---\nThân\n").Generate());
        Assert.Equal("input/posts/a.md", error.File);
        Assert.Contains("tin-dac-biet", error.Message);
    }

    [Fact]
    public void Template_syntax_error_names_the_template()
    {
        var error = SingleError(new TestSite().Post("a", "Tin A", "2020-07-15")
            .WithTheme("_layouts/post.liquid", "<h1>{{ post.title </h1>").Generate());
        Assert.Equal("theme/_layouts/post.liquid", error.File);
    }

    [Fact]
    public void Unknown_template_variable_is_an_error_not_a_blank()
    {
        var result = new TestSite().Post("a", "Tin A", "2020-07-15")
            .WithTheme("_layouts/post.liquid", "<h1>{{ post.tittle }}</h1>").Generate();
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("tittle", error.Message);
        Assert.Equal("theme/_layouts/post.liquid", error.File);
    }

    [Fact]
    public void Image_without_alt_text_names_the_line()
    {
        var error = SingleError(new TestSite().With("posts/a.md", "---\ntitle: Tin\ndate: 2020-07-15\n---\nMở đầu.\n\n![](/images/x.svg)\n")
            .With("images/x.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>").Generate());
        Assert.Equal(7, error.Line);
        Assert.Contains("/images/x.svg", error.Message);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var result = new TestSite()
            .With("posts/a.md", "---\ndate: 2020-07-15\n---\nThân\n")
            .With("posts/b.md", "---\ntitle: Tin B\ndate: mai\n---\nThân\n")
            .Generate();
        Assert.Equal(["input/posts/a.md", "input/posts/b.md"], result.Diagnostics.Select(d => d.File).ToArray());
    }

    [Fact]
    public void A_missing_partial_names_the_template()
    {
        var result = new TestSite().Post("a", "Tin A", "2020-07-15")
            .WithTheme("_layouts/post.liquid", "<h1>{{ post.title }}</h1>{% render 'khong-co' %}").Generate();
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("theme/_layouts/post.liquid", error.File);
        Assert.Contains("khong-co", error.Message);
    }
}
