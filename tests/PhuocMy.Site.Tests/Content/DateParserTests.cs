using PhuocMy.Site.Content;

namespace PhuocMy.Site.Tests.Content;

public class DateParserTests
{
    private static readonly TimeZoneInfo DaNang = SiteTime.Zone(null);

    [Theory]
    [InlineData("2020-07-15", "2020-07-15T00:00:00+07:00")]
    [InlineData("2020-07-15 16:00", "2020-07-15T16:00:00+07:00")]
    [InlineData("15/07/2020", "2020-07-15T00:00:00+07:00")]
    [InlineData("2020-07-15T08:30:00+07:00", "2020-07-15T08:30:00+07:00")]
    [InlineData("2020-07-15T01:30:00Z", "2020-07-15T01:30:00+00:00")]
    [InlineData("2020-07-15T08:30:00+09:00", "2020-07-15T08:30:00+09:00")]
    [InlineData("14/3/2021 7h30", "2021-03-14T07:30:00+07:00")]
    [InlineData("2021-03-14 14h", "2021-03-14T14:00:00+07:00")]
    public void Dates_without_an_offset_are_read_in_the_site_zone(string text, string expected)
    {
        Assert.True(DateParser.TryParse(text, DaNang, out var value));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset, value.Offset);
    }

    [Theory]
    [InlineData("15 tháng 7 năm 2020")]
    [InlineData("2020-13-01")]
    [InlineData("hôm qua")]
    public void Rejects_what_it_cannot_read(string text) => Assert.False(DateParser.TryParse(text, DaNang, out _));
}
