using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PhuocMy.Site.BrowserTests;

/// <summary>
/// A post or a data page prints on A4 (the page size comes from the stylesheet's <c>@page</c>), without the menu,
/// and a chart never drags a whole block to the next page: only its heading and drawing stay together, and the drawing
/// is small enough to fit under the text before it, so no page is left nearly empty before a chart.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed partial class PrintTests(SiteFixture site)
{
    private const double A4WidthPt = 595.3, A4HeightPt = 841.9, PointTolerance = 2;
    private const double CssPxPerCm = 96 / 2.54;

    [Theory]
    [InlineData("/tin-tuc/hoi-nghi-so-ket-6-thang-dau-nam-2020/")]
    [InlineData("/so-lieu/thu-ngan-sach-6-thang-2020/")]
    public async Task Prints_on_a4_as_the_stylesheet_asks(string path)
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.UrlOf(path).ToString(), new() { WaitUntil = WaitUntilState.NetworkIdle });

        var pdf = await page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = false });
        var boxes = MediaBox().Matches(Encoding.Latin1.GetString(pdf)).Select(m =>
            (Width: double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Height: double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))).ToList();
        Assert.NotEmpty(boxes);
        Assert.All(boxes, box => Assert.True(Math.Abs(box.Width - A4WidthPt) < PointTolerance && Math.Abs(box.Height - A4HeightPt) < PointTolerance,
            $"{path} prints on {box.Width:0}×{box.Height:0} pt pages, not A4 ({A4WidthPt}×{A4HeightPt} pt)"));

        var folder = Path.Combine(ToolPaths.Artifacts, "print");
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, $"{SitePages.FileNameOf(path)}.pdf"), pdf, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task In_print_a_chart_keeps_only_its_heading_and_drawing_together_and_the_menu_is_gone()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.UrlOf("/tin-tuc/hoi-nghi-so-ket-6-thang-dau-nam-2020/").ToString());
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        var charts = await page.EvaluateAsync<PrintedChart[]>("""
            () => [...document.querySelectorAll('.post-body .chart')].map(chart => ({
              breakInside: getComputedStyle(chart).breakInside,
              drawingBreakInside: getComputedStyle(chart.querySelector('.chart-graphic')).breakInside,
              drawingHeight: chart.querySelector('.chart-graphic').getBoundingClientRect().height,
              tableShown: chart.querySelector('table')?.getBoundingClientRect().height > 0,
            }))
            """);
        Assert.NotEmpty(charts);
        Assert.All(charts, chart =>
        {
            Assert.Equal("auto", chart.BreakInside);
            Assert.Equal("avoid", chart.DrawingBreakInside);
            Assert.True(chart.DrawingHeight <= 9.5 * CssPxPerCm, $"A printed chart drawing is {chart.DrawingHeight / CssPxPerCm:0.0} cm tall");
            Assert.True(chart.TableShown, "A printed chart should come with its table");
        });
        await Assertions.Expect(page.Locator(".site-menu")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".side-column")).ToBeHiddenAsync();
    }

    [GeneratedRegex(@"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]")]
    private static partial Regex MediaBox();

    private sealed class PrintedChart
    {
        public string BreakInside { get; init; } = "";
        public string DrawingBreakInside { get; init; } = "";
        public double DrawingHeight { get; init; }
        public bool TableShown { get; init; }
    }
}
