using PhuocMy.Site.Output;

namespace PhuocMy.Site.Pipeline.Phases;

/// <summary>
/// staging: opens the folder beside the output where the next site is written as it is made (<see cref="StagedSite"/>),
/// so a page's bytes leave memory once rendered; what a killed build left there is cleared first. The live folder is
/// only swapped for it by the write phase.
/// </summary>
public sealed class StagingPhase(DiskBuild disk) : IBuildPhase
{
    public string Name => "staging";
    public string Title => "Chuẩn bị thư mục ghi";

    public PhaseOutcome Run(BuildState state)
    {
        try
        {
            var staging = StagedSite.Open(disk.Lock, disk.Publish);
            disk.Staging = staging;
            state.Stage = staging.Stage;
            return PhaseOutcome.Continue;
        }
        catch (PublishException refused)
        {
            foreach (var problem in refused.Problems) state.Diagnostics.Add(problem);
            return PhaseOutcome.Stop;
        }
    }
}
