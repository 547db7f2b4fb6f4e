using PhuocMy.Site.Content;

namespace PhuocMy.Site.Tests.Content;

public class VietnameseFormatTests
{
    private static readonly TimeZoneInfo DaNang = SiteTime.Zone(null);

    [Theory]
    [InlineData("2020-07-15", "Thứ Tư, 15/07/2020")]
    [InlineData("2020-07-19", "Chủ Nhật, 19/07/2020")]
    [InlineData("2025-07-01", "Thứ Ba, 01/07/2025")]
    public void Long_dates_name_the_weekday(string date, string expected)
    {
        Assert.True(DateParser.TryParse(date, DaNang, out var parsed));
        Assert.Equal(expected, VietnameseFormat.LongDate(parsed));
    }

    [Theory]
    [InlineData(2280, "2.280")]
    [InlineData(8670000000, "8.670.000.000")]
    [InlineData(63.34, "63,34")]
    public void Numbers_use_dot_for_thousands_and_comma_for_decimals(decimal value, string expected) =>
        Assert.Equal(expected, VietnameseFormat.Number(value));

    [Fact]
    public void Names_sort_with_vietnamese_collation()
    {
        string[] names = ["Đường", "Dân", "Ân", "An", "Ăn", "Em", "Ê"];
        var sorted = names.Order(VietnameseFormat.Collation).ToArray();
        Assert.Equal(["An", "Ăn", "Ân", "Dân", "Đường", "Em", "Ê"], sorted);
    }
}
