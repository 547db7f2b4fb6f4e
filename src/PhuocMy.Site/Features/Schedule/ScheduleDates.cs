namespace PhuocMy.Site.Features.Schedule;

/// <summary>Calendar dates of the schedule in the shapes the shared formatters take.</summary>
public static class ScheduleDates
{
    /// <summary>Midnight of the day; only its calendar date is ever formatted, so the offset does not matter.</summary>
    public static DateTimeOffset AsOffset(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>The Monday on or before <paramref name="date"/>.</summary>
    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}
