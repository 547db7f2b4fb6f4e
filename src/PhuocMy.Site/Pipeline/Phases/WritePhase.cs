using PhuocMy.Site.Output;

namespace PhuocMy.Site.Pipeline.Phases;

/// <summary>
/// write: only when every earlier phase succeeded, the staged site (what was not staged yet staged now) replaces the
/// output folder atomically (unchanged files are not touched). A refusal (the folder is not ours, a file cannot be
/// written) fails the build, and the old site stays as it was.
/// </summary>
public sealed class WritePhase(DiskBuild disk) : IBuildPhase
{
    public string Name => "write";
    public string Title => "Ghi ra thư mục";

    public PhaseOutcome Run(BuildState state)
    {
        try
        {
            state.Written = disk.Staging!.Publish(state.Files);
            return PhaseOutcome.Continue;
        }
        catch (PublishException refused)
        {
            foreach (var problem in refused.Problems) state.Diagnostics.Add(problem);
            return PhaseOutcome.Stop;
        }
    }
}
