using System.Globalization;
using System.Reflection;

namespace PhuocMy.Site.Charts.Tests.Rendering;

public class PaletteContrastTests
{
    [Fact]
    public void EverySeriesColourHasAtLeast3To1ContrastAgainstWhite()
    {
        var palette = typeof(ChartHtml).Assembly.GetType("PhuocMy.Site.Charts.Svg.Palette")!;
        var colors = (IReadOnlyList<string>)palette.GetProperty("Colors", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        Assert.NotEmpty(colors);
        Assert.All(colors, c => Assert.True(ContrastWithWhite(c) >= 3, $"{c}: {ContrastWithWhite(c):0.00}:1"));
    }

    [Theory]
    [InlineData("#ffffff", 1)]
    [InlineData("#000000", 21)]
    [InlineData("#767676", 4.54)]
    public void ContrastFormulaIsWcag(string color, double expected) => Assert.Equal(expected, ContrastWithWhite(color), 2);

    private static double ContrastWithWhite(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(1 + offset, 2), NumberStyles.HexNumber) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        var luminance = 0.2126 * Channel(0) + 0.7152 * Channel(2) + 0.0722 * Channel(4);
        return 1.05 / (luminance + 0.05);
    }
}
