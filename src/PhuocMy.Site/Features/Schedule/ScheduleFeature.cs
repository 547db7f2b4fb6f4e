using PhuocMy.Site.Content;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Planning;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Features.Schedule;

/// <summary>Lịch công tác: one YAML file per week under <c>schedule/</c>, named by its Monday.</summary>
public sealed class ScheduleFeature : ISiteFeature
{
    public const string Folder = "schedule";

    private IReadOnlyList<ScheduleWeek> weeks = [];

    /// <summary>The weeks read by the last <see cref="Load"/>, newest first.</summary>
    public IReadOnlyList<ScheduleWeek> Weeks => weeks;

    public bool Owns(SourceFile file) =>
        file.Path.StartsWith(Folder + "/", StringComparison.Ordinal) && file.Extension is ".yml" or ".yaml";

    public void Load(SourceTree tree, SiteSettings settings, DiagnosticBag diagnostics)
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
        weeks = read.OrderByDescending(w => w.Start).ToList();
    }

    public IEnumerable<IPagePlanner> Planners => [new SchedulePlanner(weeks)];

    public IEnumerable<Type> TemplateTypes => [typeof(ScheduleWeek), typeof(ScheduleDay), typeof(ScheduleItem)];
}
