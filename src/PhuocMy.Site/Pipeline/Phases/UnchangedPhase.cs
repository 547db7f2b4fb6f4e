using PhuocMy.Site.Caching;
using PhuocMy.Site.Dependencies;

namespace PhuocMy.Site.Pipeline.Phases;

/// <summary>
/// unchanged: when the last build's stamp still holds (same inputs and options, no post come due or lapsed since, the
/// output folder as it left it), the output folder already is this build's result, and the build stops here.
/// </summary>
public sealed class UnchangedPhase(DiskBuild disk, string cacheFolder) : IBuildPhase
{
    public string Name => "unchanged";
    public string Title => "Đối chiếu lần dựng trước";

    public PhaseOutcome Run(BuildState state)
    {
        var now = state.Options.Now ?? DateTimeOffset.UtcNow;
        if (BuildStamp.Load(cacheFolder) is not { } last || !last.StillHolds(disk.Inputs, now, () => disk.OutputFolderListing()?.Hash ?? ContentHash.Absent)) return PhaseOutcome.Continue;
        disk.Unchanged = last;
        return PhaseOutcome.Stop;
    }
}
