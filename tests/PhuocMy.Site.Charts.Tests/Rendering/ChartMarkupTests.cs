using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace PhuocMy.Site.Charts.Tests.Rendering;

public partial class ChartMarkupTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static TheoryData<string> ChartTypes => new(TestTables.OnePerChartType().Select(c => c.Name));

    private static string Render(string chartType, string prefix = "c1")
    {
        var table = TestTables.OnePerChartType().Single(c => c.Name == chartType).Table;
        return ChartHtml.Render(table, new ChartRenderOptions("/du-lieu/x.csv", prefix));
    }

    private static XElement ParseSvg(string html)
    {
        var svg = SvgPart().Match(html);
        Assert.True(svg.Success, "no <svg> in the figure");
        return XElement.Parse(svg.Value);
    }

    [Theory]
    [MemberData(nameof(ChartTypes))]
    public void SvgIsWellFormedXmlWithoutStylesOrScripts(string chartType)
    {
        var html = Render(chartType);
        ParseSvg(html);
        Assert.DoesNotContain("style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(ChartTypes))]
    public void SvgIsLabelledByItsTitleAndDescription(string chartType)
    {
        var svg = ParseSvg(Render(chartType, "p"));
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("p-title p-desc", (string?)svg.Attribute("aria-labelledby"));
        Assert.Equal("p-title", (string?)svg.Element(Svg + "title")?.Attribute("id"));
        var desc = svg.Element(Svg + "desc");
        Assert.Equal("p-desc", (string?)desc?.Attribute("id"));
        Assert.StartsWith("Biểu đồ", desc!.Value);
        Assert.NotNull(svg.Attribute("viewBox"));
    }

    [Theory]
    [MemberData(nameof(ChartTypes))]
    public void FigureHasCaptionSourceTableAndCsvLink(string chartType)
    {
        var html = Render(chartType);
        Assert.StartsWith("<figure class=\"chart", html);
        Assert.Contains("<figcaption", html);
        Assert.Contains("<details class=\"chart-data\"><summary>Xem bảng số liệu</summary>", html);
        Assert.Contains("<caption>", html);
        Assert.Contains("<th scope=\"col\">", html);
        Assert.Contains("<th scope=\"row\">", html);
        Assert.Contains("<a href=\"/du-lieu/x.csv\" download>Tải số liệu (CSV)</a>", html);
    }

    [Fact]
    public void TwoInstancesOfOneTableHaveNoIdInCommon()
    {
        var first = Ids().Matches(Render("grouped-bar", "chart-a-1")).Select(m => m.Groups[1].Value).ToHashSet();
        var second = Ids().Matches(Render("grouped-bar", "chart-a-2")).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.NotEmpty(first);
        Assert.Empty(first.Intersect(second));
    }

    [Fact]
    public void EveryReferencedIdExistsInTheSameFigure()
    {
        var html = Render("stacked-bar");
        var ids = Ids().Matches(html).Select(m => m.Groups[1].Value).ToHashSet();
        foreach (Match reference in UrlReferences().Matches(html))
        {
            Assert.Contains(reference.Groups[1].Value, ids);
        }
    }

    [Fact]
    public void ValuesAreLabelledInVietnameseFormat()
    {
        var html = Render("bar");
        Assert.Contains(">2.280<", html);
        Assert.Contains(">1.337<", html);
        Assert.Contains("2.280 hồ sơ", html);
    }

    [Fact]
    public void ProgressShowsPercentAndAmounts()
    {
        var html = Render("progress");
        Assert.Contains(">28%<", html);
        Assert.Contains("8.670.000.000 đ trên 30.964.285.714 đ", html);
    }

    [Fact]
    public void SampleTablesAreMarkedVisibly() =>
        Assert.Contains("<span class=\"chart-sample\">Số liệu mẫu, minh họa</span>", Render("grouped-bar"));

    [Fact]
    public void TextIsEscaped()
    {
        var table = TestTables.Bar() with { Title = "A < B & \"C\"" };
        var html = ChartHtml.Render(table, new ChartRenderOptions("/x.csv?a=1&b=2", "e"));
        Assert.Contains("A &lt; B &amp; &quot;C&quot;", html);
        Assert.Contains("href=\"/x.csv?a=1&amp;b=2\"", html);
        ParseSvg(html);
    }

    [Fact]
    public void VerticalBarsWithLabelsTooLongFallBackToHorizontalBars()
    {
        var table = TestTables.Bar() with
        {
            Rows = Enumerable.Range(1, 8).Select(i => new DataRow($"Tổ dân phố số {i} khu vực Phước Mỹ", [i * 10m])).ToList(),
        };
        var svg = ParseSvg(ChartHtml.Render(table, new ChartRenderOptions("/x.csv", "f")));
        var categoryLabels = svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "chart-category").ToList();
        Assert.Equal(8, categoryLabels.Count);
        Assert.All(categoryLabels, t => Assert.Null(t.Attribute("text-anchor")));
    }

    [Fact]
    public void LabelsStayInsideTheViewBox()
    {
        foreach (var (name, table) in TestTables.OnePerChartType())
        {
            var svg = ParseSvg(ChartHtml.Render(table, new ChartRenderOptions("/x.csv", "g")));
            var box = ((string)svg.Attribute("viewBox")!).Split(' ').Select(double.Parse).ToArray();
            foreach (var text in svg.Descendants(Svg + "text"))
            {
                var x = double.Parse((string)text.Attribute("x")!, System.Globalization.CultureInfo.InvariantCulture);
                var y = double.Parse((string)text.Attribute("y")!, System.Globalization.CultureInfo.InvariantCulture);
                var size = double.Parse((string)text.Attribute("font-size")!, System.Globalization.CultureInfo.InvariantCulture);
                var lineTexts = text.Elements(Svg + "tspan").Select(t => t.Value).DefaultIfEmpty(text.Value).ToList();
                var width = lineTexts.Max(l => l.Length) * 0.62 * size;
                var (left, right) = (string?)text.Attribute("text-anchor") switch
                {
                    "middle" => (x - width / 2, x + width / 2),
                    "end" => (x - width, x),
                    _ => (x, x + width),
                };
                var lines = lineTexts.Count;
                Assert.True(left >= 0 && right <= box[2] + 0.5, $"{name}: '{text.Value}' overflows horizontally ({left:0}..{right:0})");
                Assert.True(y - size >= 0 && y + (lines - 1) * size * 1.45 <= box[3], $"{name}: '{text.Value}' overflows vertically");
            }
        }
    }

    [GeneratedRegex("<svg[\\s\\S]*</svg>")]
    private static partial Regex SvgPart();

    [GeneratedRegex("\\sid=\"([^\"]+)\"")]
    private static partial Regex Ids();

    [GeneratedRegex("url\\(#([^)]+)\\)")]
    private static partial Regex UrlReferences();
}
