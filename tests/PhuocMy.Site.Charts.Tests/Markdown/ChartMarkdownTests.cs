using Markdig;
using PhuocMy.Site.Charts.Markdown;

namespace PhuocMy.Site.Charts.Tests.Markdown;

public class ChartMarkdownTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseCharts(new DataTableCatalog([TestTables.Bar()]), t => $"/du-lieu/{t.Id}.csv")
        .Build();

    [Fact]
    public void KnownIdRendersTheFigure()
    {
        var html = Markdig.Markdown.ToHtml("Trước.\n\n{{< chart ho-so >}}\n\nSau.", Pipeline);
        Assert.Contains("<figure class=\"chart chart-bar\" id=\"chart-ho-so-1\">", html);
        Assert.Contains("href=\"/du-lieu/ho-so.csv\"", html);
        Assert.Contains("<p>Trước.</p>", html);
        Assert.Contains("<p>Sau.</p>", html);
    }

    [Theory]
    [InlineData("{{<chart ho-so>}}")]
    [InlineData("{{<   chart   ho-so   >}}  ")]
    [InlineData("   {{< chart ho-so >}}")]
    public void ExtraSpacesAreTolerated(string line) =>
        Assert.Contains("<figure", Markdig.Markdown.ToHtml(line, Pipeline));

    [Fact]
    public void ShortcodeDirectlyUnderAParagraphLineIsStillAChart()
    {
        var html = Markdig.Markdown.ToHtml("Số liệu như sau:\n{{< chart ho-so >}}", Pipeline);
        Assert.Contains("<p>Số liệu như sau:</p>", html);
        Assert.Contains("<figure", html);
    }

    [Theory]
    [InlineData("Xem {{< chart ho-so >}} ở đây.")]
    [InlineData("```\n{{< chart ho-so >}}\n```")]
    [InlineData("    {{< chart ho-so >}}")]
    public void ShortcodeInsideTextOrCodeIsLeftAlone(string markdown) =>
        Assert.DoesNotContain("<figure", Markdig.Markdown.ToHtml(markdown, Pipeline));

    [Fact]
    public void UnknownIdRendersNothingAndIsReportedWithItsLine()
    {
        const string markdown = "# Tiêu đề\n\nĐoạn văn.\n\n{{< chart khong-co >}}\n\n{{< chart ho-so >}}\n";
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        var unknown = Assert.Single(ChartExtension.FindUnknownCharts(document));
        Assert.Equal("khong-co", unknown.TableId);
        Assert.Equal(4, unknown.Line);

        var html = Markdig.Markdown.ToHtml(markdown, Pipeline);
        Assert.DoesNotContain("khong-co", html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<figure"));
    }

    [Fact]
    public void SameTableTwiceGetsDistinctIdPrefixes()
    {
        var document = Markdig.Markdown.Parse("{{< chart ho-so >}}\n\n{{< chart ho-so >}}", Pipeline);
        Assert.Equal(["chart-ho-so-1", "chart-ho-so-2"], ChartExtension.FindCharts(document).Select(b => b.IdPrefix));
        var html = Markdig.Markdown.ToHtml("{{< chart ho-so >}}\n\n{{< chart ho-so >}}", Pipeline);
        Assert.Contains("id=\"chart-ho-so-1-title\"", html);
        Assert.Contains("id=\"chart-ho-so-2-title\"", html);
    }

    [Fact]
    public void UseChartsTwiceRegistersOneExtension()
    {
        var builder = new MarkdownPipelineBuilder()
            .UseCharts(DataTableCatalog.Empty, _ => "")
            .UseCharts(new DataTableCatalog([TestTables.Bar()]), _ => "/x.csv");
        Assert.Single(builder.Extensions.OfType<ChartExtension>());
        Assert.Contains("<figure", Markdig.Markdown.ToHtml("{{< chart ho-so >}}", builder.Build()));
    }
}
