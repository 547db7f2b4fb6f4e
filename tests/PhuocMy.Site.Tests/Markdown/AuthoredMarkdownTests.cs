using AngleSharp.Html.Parser;
using PhuocMy.Site.Content;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Markdown;
using PhuocMy.Site.Markdown.RawHtml;

namespace PhuocMy.Site.Tests.Markdown;

/// <summary>The Markdown pipeline on what authors paste and type: each case asserted on the element it makes.</summary>
public class AuthoredMarkdownTests
{
    private static readonly MarkdownConverter Converter = new();

    /// <summary>A body as a post's parser sees it: pasted text repaired, parsed, HTML cleaned (reporting at line 1 + body line).</summary>
    private static (AngleSharp.Dom.IElement Body, IReadOnlyList<Diagnostic> Diagnostics) Render(string markdown)
    {
        var bag = new DiagnosticBag();
        var document = Converter.Parse(PastedText.MarkdownBody(markdown));
        new RawHtmlCleaner(Converter).Rewrite(new MarkdownSource("input/posts/a.md", 1), document, bag);
        var html = Converter.ToHtml(document);
        return (new HtmlParser().ParseDocument($"<body>{html}</body>").Body!, bag.ToList());
    }

    [Theory]
    [InlineData("##\u00A0Kết quả", "h2", "Kết quả")]
    [InlineData("##Kết quả", "h2", "Kết quả")]
    [InlineData("###\u2003Chi tiết", "h3", "Chi tiết")]
    [InlineData(">\u00A0Trích dẫn", "blockquote", "Trích dẫn")]
    [InlineData("-\u00A0Mục một", "ul > li", "Mục một")]
    [InlineData("1.\u00A0Mục một", "ol > li", "Mục một")]
    [InlineData("•\tMục một", "ul > li", "Mục một")]
    [InlineData("\u200B## Kết quả", "h2", "Kết quả")]
    public void Pasted_spaces_and_bullets_make_the_block_the_author_sees(string markdown, string selector, string text)
    {
        var (body, _) = Render(PastedText.WithoutInvisibleCharacters(markdown));
        Assert.Equal(text, body.QuerySelector(selector)?.TextContent.Trim());
    }

    [Fact]
    public void Code_blocks_keep_their_spaces_and_bullets()
    {
        var (body, _) = Render("```\n##\u00A0không phải tiêu đề\n• không phải danh sách\n```");
        Assert.Equal("##\u00A0không phải tiêu đề\n• không phải danh sách\n", body.QuerySelector("pre code")!.TextContent);
    }

    [Fact]
    public void A_hashtag_at_the_start_of_a_line_stays_text()
    {
        var (body, _) = Render("#PhuocMy #DaNang");
        Assert.Equal("#PhuocMy #DaNang", body.QuerySelector("p")!.TextContent);
    }

    [Theory]
    [InlineData("![Hội nghị](/images/hội nghị.png)", "/images/hội nghị.png", null)]
    [InlineData("![Hội nghị](/images/hội nghị (1).png)", "/images/hội nghị (1).png", null)]
    [InlineData("![Hội nghị](/images/hội nghị.png \"Toàn cảnh\")", "/images/hội nghị.png", "Toàn cảnh")]
    [InlineData("![Hội nghị](/images/hội nghị.png “Toàn cảnh”)", "/images/hội nghị.png", "Toàn cảnh")]
    [InlineData("![Hội nghị](</images/hội nghị.png>)", "/images/hội nghị.png", null)]
    [InlineData("![Hội nghị](/images/h%E1%BB%99i%20ngh%E1%BB%8B.png)", "/images/hội nghị.png", null)]
    public void An_image_path_with_spaces_or_vietnamese_letters_is_an_image(string markdown, string path, string? title)
    {
        var image = Render(markdown).Body.QuerySelector("img")!;
        Assert.Equal(path, Uri.UnescapeDataString(image.GetAttribute("src")!));
        Assert.Equal("Hội nghị", image.GetAttribute("alt"));
        Assert.Equal(title, image.GetAttribute("title"));
    }

    [Fact]
    public void A_spaced_link_keeps_emphasis_inside_and_ordinary_brackets_stay_text()
    {
        var (body, _) = Render("Xem [*biên bản* họp](/files/biên bản.pdf) và [Điều 5] (xem thêm).");
        var link = body.QuerySelector("a")!;
        Assert.Equal("/files/biên bản.pdf", Uri.UnescapeDataString(link.GetAttribute("href")!));
        Assert.Equal("biên bản", link.QuerySelector("em")!.TextContent);
        Assert.Single(body.QuerySelectorAll("a"));
        Assert.EndsWith("và [Điều 5] (xem thêm).", body.TextContent.Trim());
    }

    [Fact]
    public void Html_that_was_not_cleaned_is_shown_as_text_never_passed_through()
    {
        var html = Converter.ToHtml(Converter.Parse("<script>alert(1)</script>\n\nChữ <b onclick=\"x()\">đậm</b>."));
        var body = new HtmlParser().ParseDocument($"<body>{html}</body>").Body!;
        Assert.Null(body.QuerySelector("script, b"));
        Assert.Contains("<script>alert(1)</script>", body.TextContent);
    }

    [Fact]
    public void Comments_are_dropped_without_a_word_and_an_old_anchor_becomes_an_id()
    {
        var (body, diagnostics) = Render("<!-- ghi chú cho biên tập viên -->\n\n<a name=\"dieu-1\"></a>Điều 1.");
        Assert.Empty(diagnostics);
        Assert.DoesNotContain("ghi chú", body.InnerHtml);
        Assert.Equal("dieu-1", body.QuerySelector("a")!.Id);
        Assert.False(body.QuerySelector("a")!.HasAttribute("name"));
    }

    [Fact]
    public void Addresses_that_are_not_web_addresses_and_pasted_image_data_are_removed_with_a_warning()
    {
        var (body, diagnostics) = Render("Dòng một.\n<a href=\"javascript:alert(1)\">Bấm</a>\n<img alt=\"Ảnh\" src=\"data:image/png;base64,AAAA\">");
        Assert.False(body.QuerySelector("a")!.HasAttribute("href"));
        Assert.False(body.QuerySelector("img")!.HasAttribute("src"));
        Assert.Equal([2, 3], diagnostics.Select(d => d.Line ?? 0).Order());
        Assert.Contains(diagnostics, d => d.Line == 3 && d.Hint!.Contains("input/images/"));
    }

    [Fact]
    public void An_embedded_drawing_is_one_warning_not_one_per_shape()
    {
        var (body, diagnostics) = Render("<div>\n<svg><title>Sơ đồ</title><path d=\"M0 0\"/><circle r=\"1\"/></svg>\n</div>");
        Assert.Null(body.QuerySelector("svg, path"));
        Assert.DoesNotContain("Sơ đồ", body.TextContent);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(2, warning.Line);
        Assert.Contains("<svg>", warning.Message);
    }

    [Fact]
    public void A_pasted_image_without_alt_text_is_an_error_at_its_line()
    {
        var (_, diagnostics) = Render("Mở đầu.\n\n<p>\n<img src=\"/images/a.png\">\n</p>");
        var error = Assert.Single(diagnostics);
        Assert.Equal((Severity.Error, 4), (error.Severity, error.Line));
    }

    [Fact]
    public void Lines_in_a_long_html_block_point_at_the_removed_thing()
    {
        var (_, diagnostics) = Render("<table>\n<tr>\n<td>Tổ 1</td>\n<td style=\"color:red\">12</td>\n</tr>\n</table>");
        Assert.Equal(4, Assert.Single(diagnostics).Line);
    }
}
