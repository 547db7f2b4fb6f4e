using PhuocMy.Site.Content;

namespace PhuocMy.Site.Pipeline.Phases;

/// <summary>
/// read: <c>site.yml</c>, then each feature's own data (data tables, the schedule), in the features' order. What
/// reading the folders refused (a link out of input/, a loop, a backup file) counts like any content problem.
/// Without settings there is no site to build.
/// </summary>
public sealed class ReadPhase : IBuildPhase
{
    public string Name => "read";
    public string Title => "Đọc cấu hình và dữ liệu";

    public PhaseOutcome Run(BuildState state)
    {
        foreach (var problem in state.Tree.Problems) state.Diagnostics.Add(problem);
        if (SiteSettingsReader.Read(state.Tree, state.Options.BaseUrl, state.Diagnostics) is not { } settings) return PhaseOutcome.Stop;
        state.Settings = settings;
        state.Loaded = state.Features.Select(feature => feature.Load(state.Tree, settings, state.Diagnostics)).ToList();
        return PhaseOutcome.Continue;
    }
}
