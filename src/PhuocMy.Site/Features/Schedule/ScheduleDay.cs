using PhuocMy.Site.Content;

namespace PhuocMy.Site.Features.Schedule;

/// <summary>The entries of one day, earliest first (whole-day entries before timed ones).</summary>
public sealed record ScheduleDay(DateOnly Date, IReadOnlyList<ScheduleItem> Items)
{
    /// <summary>"Thứ Hai, 16/06/2025".</summary>
    public string Heading => VietnameseFormat.LongDate(ScheduleDates.AsOffset(Date));
    public string Iso => ScheduleRoutes.IsoDate(Date);
    public string Id => $"ngay-{Iso}";
}
