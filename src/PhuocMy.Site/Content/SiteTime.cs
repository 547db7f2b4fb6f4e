namespace PhuocMy.Site.Content;

/// <summary>The time zone dates without an offset are read in.</summary>
public static class SiteTime
{
    public const string DefaultZoneId = "Asia/Ho_Chi_Minh";

    public static TimeZoneInfo Zone(string? id) => TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrWhiteSpace(id) ? DefaultZoneId : id);

    /// <summary>A date-time as it reads on the ward's wall clock.</summary>
    public static DateTimeOffset ToLocal(DateTimeOffset value, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(value, zone);
}
