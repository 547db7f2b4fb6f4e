using PhuocMy.Site.Caching;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Pipeline.Phases;

/// <summary>read-files: <c>input/</c> over <c>theme/</c>, each file read once and hashed, and the hash of all of them with the options.</summary>
public sealed class ReadFilesPhase(DiskBuild disk) : IBuildPhase
{
    public string Name => "read-files";
    public string Title => "Đọc tệp";

    public PhaseOutcome Run(BuildState state)
    {
        state.Tree = SourceTree.FromDisk(disk.Options.InputDirectory, disk.Options.ThemeDirectory);
        disk.Inputs = BuildStamp.InputsOf(state.Tree, disk.OptionsKey);
        return PhaseOutcome.Continue;
    }
}
