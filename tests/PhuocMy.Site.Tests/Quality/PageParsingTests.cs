using System.Text;
using AngleSharp.Html.Parser;
using PhuocMy.Site.Quality;
using static PhuocMy.Site.Tests.Quality.CheckHarness;

namespace PhuocMy.Site.Tests.Quality;

public sealed class PageParsingTests
{
    [Fact]
    public void Parses_as_a_new_parser_does_and_each_page_on_its_own()
    {
        var first = Page("<h1>Tin tức</h1><p>Phường Phước Mỹ</p>");
        var second = Page("<h1>Hội nghị</h1>");

        using var expected = new HtmlParser().ParseDocument(first);
        using var parsed = PageParsing.Parse(Encoding.UTF8.GetBytes(first));
        using var next = PageParsing.Parse(second);

        Assert.Equal(expected.DocumentElement.OuterHtml, parsed.DocumentElement.OuterHtml);
        Assert.Equal("Tin tức", parsed.QuerySelector("h1")!.TextContent);
        Assert.Equal("Hội nghị", next.QuerySelector("h1")!.TextContent);
    }
}
