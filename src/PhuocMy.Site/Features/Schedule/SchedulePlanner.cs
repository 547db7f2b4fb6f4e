using PhuocMy.Site.Planning;
using PhuocMy.Site.SiteModel;

namespace PhuocMy.Site.Features.Schedule;

/// <summary>
/// <c>/lich-cong-tac/</c> shows the latest week and lists the earlier ones (or says there is no schedule yet);
/// every week also has its own page, with links to the others.
/// </summary>
/// <param name="weeks">Newest first.</param>
public sealed class SchedulePlanner(IReadOnlyList<ScheduleWeek> weeks) : IPagePlanner
{
    public const string Layout = "schedule";
    private const string Title = "Lịch công tác";

    public IEnumerable<PlannedPage> Plan(Website site)
    {
        var indexCrumb = new Crumb(Title, ScheduleRoutes.Index);
        var latest = weeks.FirstOrDefault();

        var description = latest is null
            ? "Lịch công tác hằng tuần của lãnh đạo phường."
            : $"Lịch công tác của lãnh đạo phường {latest.Period}.";
        var index = PlanContext.Meta(site, "schedule", Title, description, ScheduleRoutes.Index, indexCrumb) with { Sample = latest?.Sample ?? false };
        yield return new PlannedPage(index, Layout, Values(latest, "Lịch các tuần trước"));

        for (var i = 0; i < weeks.Count; i++)
        {
            var week = weeks[i];
            var meta = PlanContext.Meta(site, "schedule", week.Title, $"Lịch công tác của lãnh đạo phường {week.Period}.",
                week.Url, indexCrumb, new Crumb($"Tuần {week.RangeText}", week.Url)) with { Sample = week.Sample };
            var values = Values(week, "Lịch các tuần khác");
            values["newer"] = i > 0 ? weeks[i - 1] : null;
            values["older"] = i + 1 < weeks.Count ? weeks[i + 1] : null;
            yield return new PlannedPage(meta, Layout, values) { Origin = week.SourcePath };
        }
    }

    private Dictionary<string, object?> Values(ScheduleWeek? shown, string othersHeading) => new()
    {
        ["week"] = shown,
        ["other_weeks"] = weeks.Where(w => w != shown).ToList(),
        ["others_heading"] = othersHeading,
        ["index_url"] = ScheduleRoutes.Index,
        ["newer"] = null,
        ["older"] = null,
    };
}
