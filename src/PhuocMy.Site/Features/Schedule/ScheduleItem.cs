namespace PhuocMy.Site.Features.Schedule;

/// <summary>One entry of the lịch công tác: what happens when, who chairs it, who attends, where.</summary>
/// <param name="Time">"07:30", or null for an entry that takes the whole day.</param>
public sealed record ScheduleItem(DateOnly Date, string? Time, string Content, string? Chair, string? Participants, string? Location)
{
    public string TimeText => Time ?? "Cả ngày";
}
