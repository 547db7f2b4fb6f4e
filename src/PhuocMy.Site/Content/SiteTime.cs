namespace PhuocMy.Site.Content;

/// <summary>The time zone dates without an offset are read in.</summary>
public static class SiteTime
{
    public const string DefaultZoneId = "Asia/Ho_Chi_Minh";

    public static TimeZoneInfo Zone(string? id) => TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrWhiteSpace(id) ? DefaultZoneId : id);

    /// <summary>A date-time as it reads on the ward's wall clock.</summary>
    public static DateTimeOffset ToLocal(DateTimeOffset value, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(value, zone);

    /// <summary>"2020-07-15T16:00:00+07:00", for <c>&lt;time datetime&gt;</c>.</summary>
    public static string Iso(DateTimeOffset value) =>
        value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
}
