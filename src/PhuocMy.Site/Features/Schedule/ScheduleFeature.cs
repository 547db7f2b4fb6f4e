using PhuocMy.Site.Content;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Features.Schedule;

/// <summary>Lịch công tác: one YAML file per week under <c>schedule/</c>, named by its Monday.</summary>
public sealed class ScheduleFeature : ISiteFeature
{
    public string Name => "schedule";

    public const string Folder = "schedule";

    public bool Owns(SourceFile file) =>
        file.Path.StartsWith(Folder + "/", StringComparison.Ordinal) && file.Extension is ".yml" or ".yaml";

    public ILoadedFeature Load(SourceTree tree, SiteSettings settings, DiagnosticBag diagnostics)
    {
        var parser = new ScheduleParser(settings);
        var read = new List<ScheduleWeek>();
        foreach (var file in tree.Files.Where(f => Owns(f) && !f.IsHidden))
        {
            if (parser.Parse(file, diagnostics) is not { } week) continue;
            if (read.FirstOrDefault(w => w.Start == week.Start) is { } same)
            {
                diagnostics.Error(week.SourcePath, null, $"Tuần bắt đầu {week.StartShort} đã có lịch ở {same.SourcePath}.",
                    "Gộp hai tệp thành một, hoặc xóa tệp thừa.");
                continue;
            }
            read.Add(week);
        }
        return new LoadedSchedule(read.OrderByDescending(w => w.Start).ToList());
    }
}

/// <summary>The weeks of the schedule, newest first.</summary>
public sealed record LoadedSchedule(IReadOnlyList<ScheduleWeek> Weeks) : ILoadedFeature
{
    public FeatureOutput ParseContent(ContentContext context) => new()
    {
        Planners = [new SchedulePlanner(Weeks)],
        SiteValues = new Dictionary<string, object?>
        {
            ["schedule_url"] = ScheduleRoutes.Index,
            // The newest week published: what the side column shows as this week's schedule.
            ["latest_schedule_week"] = Weeks.FirstOrDefault(),
        },
        TemplateTypes = [typeof(ScheduleWeek), typeof(ScheduleDay), typeof(ScheduleItem)],
    };
}
