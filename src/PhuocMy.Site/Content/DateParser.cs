using System.Globalization;

namespace PhuocMy.Site.Content;

/// <summary>
/// Reads front matter dates. A value with an offset keeps it; a value without one is wall-clock time in the site's zone
/// (Asia/Ho_Chi_Minh), so "2020-07-15" means midnight in Đà Nẵng, not in UTC.
/// </summary>
public static class DateParser
{
    // "zzz" and a literal Z only: the "K" specifier also accepts no offset at all and would read the machine's zone.
    private static readonly string[] WithOffset =
    [
        "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd HH:mm:sszzz", "yyyy-MM-dd HH:mmzzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd HH:mm:ss zzz", "yyyy-MM-dd HH:mm zzz",
        "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
    ];

    private static readonly string[] Local =
    [
        "yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss",
        "dd/MM/yyyy", "d/M/yyyy", "dd/MM/yyyy HH:mm", "d/M/yyyy HH:mm", "d/M/yyyy H:mm",
        // How times are often written in Vietnamese: "7h30", "14h".
        "yyyy-MM-dd H'h'mm", "yyyy-MM-dd H'h'", "d/M/yyyy H'h'mm", "d/M/yyyy H'h'",
    ];

    public const string ExpectedFormats = "2020-07-15, 2020-07-15 08:30, 15/07/2020 hoặc 2020-07-15T08:30:00+07:00";

    public static bool TryParse(string text, TimeZoneInfo zone, out DateTimeOffset value)
    {
        text = text.Trim();
        if (DateTimeOffset.TryParseExact(text, WithOffset, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value))
            return IsPlausible(value);

        if (DateTime.TryParseExact(text, Local, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) && IsPlausible(local))
        {
            var wallClock = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
            value = new DateTimeOffset(wallClock, zone.GetUtcOffset(wallClock));
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>
    /// Years 1000–9000 only: "0001-01-01" is a slip, not a date, and at the ends of the calendar a time-zone offset or
    /// a week's arithmetic would step outside what a date can hold.
    /// </summary>
    private static bool IsPlausible(DateTimeOffset value) => IsPlausible(value.DateTime);

    private static bool IsPlausible(DateTime value) => value.Year is >= 1000 and <= 9000;
}
