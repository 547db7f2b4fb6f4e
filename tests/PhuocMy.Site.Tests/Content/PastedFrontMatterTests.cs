using PhuocMy.Site.Content;
using PhuocMy.Site.Diagnostics;

namespace PhuocMy.Site.Tests.Content;

/// <summary>Front matter as Word, phones and other tools write it reads as the author meant, or says why not.</summary>
public class PastedFrontMatterTests
{
    private static (MarkdownFile? File, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text)
    {
        var bag = new DiagnosticBag();
        return (FrontMatterParser.Parse("input/posts/a.md", text, bag), bag.ToList());
    }

    private static string? Value(MarkdownFile file, string key) =>
        new FieldReader("input/posts/a.md", file.FrontMatter, new DiagnosticBag()).OptionalText(key);

    [Theory]
    [InlineData("title:\u00A0Tin A", "Tin A")]
    [InlineData("title\u00A0:\u00A0\u00A0Tin A", "Tin A")]
    [InlineData("title:Tin A", "Tin A")]
    [InlineData("ti\u200Btle: Tin A", "Tin A")]
    [InlineData("title: Kết luận: đạt 100%", "Kết luận: đạt 100%")]
    [InlineData("title: Hội nghị lần thứ:", "Hội nghị lần thứ:")]
    [InlineData("title: Giải bóng đá #1 của phường", "Giải bóng đá #1 của phường")]
    [InlineData("title: [Video] Lễ ra quân", "[Video] Lễ ra quân")]
    [InlineData("title: \"Lễ\" ra quân", "\"Lễ\" ra quân")]
    [InlineData("title: @phuongphuocmy thông báo", "@phuongphuocmy thông báo")]
    [InlineData("title: *Tin nóng* hôm nay", "*Tin nóng* hôm nay")]
    [InlineData("title: Tin A   # ghi chú cho người viết", "Tin A")]
    [InlineData("title: 'It''s: ok'", "It's: ok")]
    public void A_value_reads_as_written(string line, string expected)
    {
        var (file, diagnostics) = Parse($"---\n{line}\ndate: 2020-07-15\n---\nThân\n");
        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics));
        Assert.Equal(expected, Value(file!, "title"));
        Assert.Equal(3, file!.FrontMatter.LineOf("date"));
    }

    [Fact]
    public void A_value_wholly_in_curly_quotes_is_quoted_and_the_author_is_told_at_its_line()
    {
        var (file, diagnostics) = Parse("---\ndate: 2020-07-15\ntitle: “Phường: tin mới”\n---\nThân\n");
        Assert.Equal("Phường: tin mới", Value(file!, "title"));
        var warning = Assert.Single(diagnostics);
        Assert.Equal((Severity.Warning, 3), (warning.Severity, warning.Line));
        Assert.Contains("'“Phường: tin mới”'", warning.Hint);
    }

    [Fact]
    public void Curly_quotes_inside_a_title_are_text()
    {
        var (file, diagnostics) = Parse("---\ntitle: Phát động phong trào “Toàn dân đoàn kết”\n---\nThân\n");
        Assert.Empty(diagnostics);
        Assert.Equal("Phát động phong trào “Toàn dân đoàn kết”", Value(file!, "title"));
    }

    [Fact]
    public void Lines_of_a_block_scalar_are_left_as_written_and_values_in_a_list_of_mappings_are_read_as_written()
    {
        var (file, diagnostics) = Parse("---\nsummary: |\n  Dòng một: có dấu hai chấm\n  - không phải danh sách: đâu\nlinks:\n  - name: Trang: chủ\n    url: /\n---\nThân\n");
        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics));
        Assert.Equal("Dòng một: có dấu hai chấm\n- không phải danh sách: đâu", Value(file!, "summary"));
        Assert.Equal(6, file!.FrontMatter.LineOf("links"));
        var links = (List<object?>)YamlValues.ToPlain(file.FrontMatter.Values["links"])!;
        Assert.Equal(new Dictionary<string, object?> { ["name"] = "Trang: chủ", ["url"] = "/" }, links.Single());
    }

    [Fact]
    public void An_unclosed_quote_is_one_error_at_its_line()
    {
        var (file, diagnostics) = Parse("---\ntitle: \"Tin chưa đóng\ndate: 2020-07-15\n---\nThân\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal((Severity.Error, 2), (error.Severity, error.Line));
        Assert.Contains("ngoặc kép", error.Message);
        Assert.NotNull(file);
    }

    [Fact]
    public void Tab_indentation_is_explained_in_vietnamese()
    {
        var (_, diagnostics) = Parse("---\ntitle: Tin\ntags:\n\t- một\n---\nThân\n");
        var error = Assert.Single(diagnostics);
        Assert.Contains("Tab", error.Message);
        Assert.DoesNotContain("token", error.Message);
    }

    [Fact]
    public void Toml_front_matter_keeps_each_key_on_its_line()
    {
        var (file, diagnostics) = Parse("+++\ntitle = \"Tin: A\"\n# ghi chú\ndate = 2020-07-15T16:00:00+07:00\ntags = [\n  \"một\",\n  \"hai\",\n]\ndraft = false\n\n[params]\nnguon = \"Báo Đà Nẵng\"\n+++\nThân\n");
        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics));
        var bag = new DiagnosticBag();
        var fields = new FieldReader("input/posts/a.md", file!.FrontMatter, bag);
        Assert.Equal("Tin: A", fields.OptionalText("title"));
        Assert.Equal("2020-07-15T16:00:00+07:00", fields.OptionalText("date"));
        Assert.Equal(["một", "hai"], fields.TextList("tags"));
        Assert.False(fields.Flag("draft"));
        Assert.Equal((2, 4, 5, 9, 11), (file.FrontMatter.LineOf("title"), file.FrontMatter.LineOf("date"), file.FrontMatter.LineOf("tags"),
            file.FrontMatter.LineOf("draft"), file.FrontMatter.LineOf("params")));
        Assert.Equal(new Dictionary<string, object?> { ["nguon"] = "Báo Đà Nẵng" }, YamlValues.ToPlain(file.FrontMatter.Values["params"]));
        Assert.Equal(14, file.BodyFirstLine);
        Assert.Empty(bag.ToList());
    }

    [Theory]
    [InlineData("tags: covid-19 thu-ngan-sach", new[] { "covid-19", "thu-ngan-sach" })]
    [InlineData("tags: thu ngân sách", new[] { "thu ngân sách" })]
    [InlineData("tags: Covid-19 phòng chống", new[] { "Covid-19 phòng chống" })]
    [InlineData("tags: Covid-19, thu ngân sách", new[] { "Covid-19", "thu ngân sách" })]
    [InlineData("tags: [Covid-19, thu ngân sách]", new[] { "Covid-19", "thu ngân sách" })]
    public void Tags_written_the_ways_people_write_them(string line, string[] expected)
    {
        var (file, _) = Parse($"---\n{line}\n---\nThân\n");
        Assert.Equal(expected, new FieldReader("input/posts/a.md", file!.FrontMatter, new DiagnosticBag()).TextList("tags"));
    }

    [Theory]
    [InlineData("category: Thông báo", "Thông báo")]
    [InlineData("categories: [Thông báo]", "Thông báo")]
    [InlineData("categories: Thông báo", "Thông báo")]
    [InlineData("categories:\n  - Thông báo", "Thông báo")]
    public void One_category_however_it_is_written(string lines, string expected)
    {
        var (file, _) = Parse($"---\n{lines}\n---\nThân\n");
        var bag = new DiagnosticBag();
        Assert.Equal(expected, PostCategory.Read(new FieldReader("input/posts/a.md", file!.FrontMatter, bag), bag).Name);
        Assert.Empty(bag.ToList());
    }

    [Fact]
    public void Category_and_categories_together_is_an_error()
    {
        var (file, _) = Parse("---\ncategory: Thông báo\ncategories: [Thông báo]\n---\nThân\n");
        var bag = new DiagnosticBag();
        Assert.Null(PostCategory.Read(new FieldReader("input/posts/a.md", file!.FrontMatter, bag), bag).Name);
        Assert.Equal(3, Assert.Single(bag.ToList()).Line);
    }
}
