using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Content;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Tests.Content;

public class FrontMatterTests
{
    [Fact]
    public void Splits_front_matter_and_knows_where_the_body_starts()
    {
        var bag = new DiagnosticBag();
        var file = FrontMatterParser.Parse("input/posts/a.md", "---\ntitle: Tin A\ndate: 2020-07-15\n---\nThân bài\n", bag);
        Assert.NotNull(file);
        Assert.Empty(bag.ToList());
        Assert.Equal("Tin A", new FieldReader("input/posts/a.md", file.FrontMatter, bag).OptionalText("title"));
        Assert.Equal(3, file.FrontMatter.LineOf("date"));
        Assert.Equal(5, file.BodyFirstLine);
        Assert.Equal("Thân bài\n", file.Body);
    }

    [Fact]
    public void Invalid_yaml_names_the_file_and_line()
    {
        var bag = new DiagnosticBag();
        var file = FrontMatterParser.Parse("input/posts/a.md", "---\ntitle: Tin A\ndate: 2020-07-15\n  indented: bad\n---\nThân\n", bag);
        Assert.Null(file);
        var error = Assert.Single(bag.ToList());
        Assert.Equal("input/posts/a.md", error.File);
        Assert.InRange(error.Line ?? 0, 3, 5);
        Assert.Contains("YAML", error.Message);
    }

    [Fact]
    public void Unterminated_list_is_reported_not_thrown()
    {
        var bag = new DiagnosticBag();
        Assert.Null(FrontMatterParser.Parse("input/posts/a.md", "---\ntitle: Tin A\ntags: [a, b\n---\nThân\n", bag));
        Assert.Equal("input/posts/a.md", Assert.Single(bag.ToList()).File);
    }

    [Fact]
    public void Unclosed_front_matter_is_an_error()
    {
        var bag = new DiagnosticBag();
        Assert.Null(FrontMatterParser.Parse("input/posts/a.md", "---\ntitle: Tin A\n", bag));
        Assert.Contains("---", Assert.Single(bag.ToList()).Hint);
    }

    [Fact]
    public void Source_text_is_nfc_without_bom_or_carriage_returns()
    {
        var bytes = System.Text.Encoding.UTF8.GetPreamble()
            .Concat(System.Text.Encoding.UTF8.GetBytes("---\r\ntitle: Phước Mỹ\r\n---\r\nĐà Nẵng\r\n".Normalize(System.Text.NormalizationForm.FormD)))
            .ToArray();
        var bag = new DiagnosticBag();
        var text = SourceText.Read(new SourceFile("posts/a.md", SourceLayer.Input, bytes), bag)!;
        var file = FrontMatterParser.Parse("input/posts/a.md", text, bag)!;
        Assert.Equal("Phước Mỹ", new FieldReader("input/posts/a.md", file.FrontMatter, bag).OptionalText("title"));
        Assert.Equal("Đà Nẵng\n", file.Body);
        Assert.True(file.Body.IsNormalized(System.Text.NormalizationForm.FormC));
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_an_error_that_says_how_to_save_it()
    {
        // "Phước" in Windows-1258, as an old Vietnamese editor would save it.
        byte[] windows1258 = [0x2D, 0x2D, 0x2D, 0x0A, 0x74, 0x69, 0x74, 0x6C, 0x65, 0x3A, 0x20, 0x50, 0x68, 0xFD, 0xE6, 0x63, 0x0A];
        var bag = new DiagnosticBag();
        Assert.Null(SourceText.Read(new SourceFile("posts/a.md", SourceLayer.Input, windows1258), bag));
        var error = Assert.Single(bag.ToList());
        Assert.Equal("input/posts/a.md", error.File);
        Assert.Contains("UTF-8", error.Hint);
    }

    [Fact]
    public void A_file_without_front_matter_is_all_body()
    {
        var file = FrontMatterParser.Parse("input/pages/a.md", "Chỉ có nội dung.\n", new DiagnosticBag())!;
        Assert.Empty(file.FrontMatter.Values);
        Assert.Equal(1, file.BodyFirstLine);
    }
}
