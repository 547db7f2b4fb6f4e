using PhuocMy.Site.Dependencies;
using PhuocMy.Site.Content;

namespace PhuocMy.Site.Features.Schedule;

/// <summary>One week's lịch công tác, from its Monday to its Sunday, read from <c>schedule/&lt;Monday&gt;.yml</c>.</summary>
public sealed record ScheduleWeek(string SourcePath, DateOnly Start, bool Sample, IReadOnlyList<ScheduleDay> Days)
{
    public DateOnly End => Start.AddDays(6);
    /// <summary>Read by every page that shows or links the week, so each records the week's file as a source.</summary>
    public string Url
    {
        get
        {
            DependencyTracking.Record(DependencyKey.Source(SourcePath));
            return ScheduleRoutes.Week(Start);
        }
    }
    public string StartShort => VietnameseFormat.ShortDate(ScheduleDates.AsOffset(Start));
    public string EndShort => VietnameseFormat.ShortDate(ScheduleDates.AsOffset(End));
    public string StartIso => ScheduleRoutes.IsoDate(Start);
    public string EndIso => ScheduleRoutes.IsoDate(End);

    /// <summary>"tuần từ 16/06/2025 đến 22/06/2025".</summary>
    public string Period => $"tuần từ {StartShort} đến {EndShort}";

    /// <summary>"Lịch công tác tuần từ 16/06/2025 đến 22/06/2025".</summary>
    public string Title => $"Lịch công tác {Period}";

    /// <summary>"16/06/2025 – 22/06/2025", for lists of weeks and breadcrumbs.</summary>
    public string RangeText => $"{StartShort} – {EndShort}";

    public int ItemCount => Days.Sum(d => d.Items.Count);
}
