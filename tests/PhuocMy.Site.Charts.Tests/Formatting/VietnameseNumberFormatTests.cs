using PhuocMy.Site.Formatting;
using System.Globalization;

namespace PhuocMy.Site.Charts.Tests.Formatting;

public class VietnameseNumberFormatTests
{
    [Fact]
    public void ViVnCultureUsesDotForThousandsAndCommaForDecimals()
    {
        // Guards against InvariantGlobalization or a missing ICU silently changing the culture data.
        var format = CultureInfo.GetCultureInfo("vi-VN").NumberFormat;
        Assert.Equal(".", format.NumberGroupSeparator);
        Assert.Equal(",", format.NumberDecimalSeparator);
    }

    [Theory]
    [InlineData("8670000000", "8.670.000.000")]
    [InlineData("63.34", "63,34")]
    [InlineData("2280", "2.280")]
    [InlineData("27", "27")]
    [InlineData("0.5", "0,5")]
    [InlineData("1.005", "1,01")]
    [InlineData("-1500", "-1.500")]
    public void Number(string invariant, string expected) =>
        Assert.Equal(expected, VietnameseNumberFormat.Number(decimal.Parse(invariant, CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("8670000000", "đồng", null, "8.670.000.000 đ")]
    [InlineData("172", "đồng", "triệu", "172 triệu đồng")]
    [InlineData("2280", "hồ sơ", null, "2.280 hồ sơ")]
    [InlineData("63.34", "%", null, "63,34%")]
    public void Amount(string invariant, string unit, string? scale, string expected) =>
        Assert.Equal(expected, VietnameseNumberFormat.Amount(decimal.Parse(invariant, CultureInfo.InvariantCulture), unit, scale));

    [Fact]
    public void RatioGivesThePercentagesOfTheSeedArticle()
    {
        Assert.Equal("28%", VietnameseNumberFormat.Ratio(8_670_000_000m, 30_964_285_714m));
        Assert.Equal("63,34%", VietnameseNumberFormat.Ratio(8_670_000_000m, 13_688_032_839m));
        Assert.Equal("100%", VietnameseNumberFormat.Ratio(27, 27));
    }

    [Theory]
    [InlineData("2000000000", "2 tỷ")]
    [InlineData("8670000000", "8,67 tỷ")]
    [InlineData("500000000", "500 triệu")]
    [InlineData("2280", "2.280")]
    [InlineData("0", "0")]
    public void Compact(string invariant, string expected) =>
        Assert.Equal(expected, VietnameseNumberFormat.Compact(decimal.Parse(invariant, CultureInfo.InvariantCulture)));

    [Fact]
    public void DateIsDayMonthYear() => Assert.Equal("30/6/2020", VietnameseNumberFormat.Date(new DateOnly(2020, 6, 30)));
}
