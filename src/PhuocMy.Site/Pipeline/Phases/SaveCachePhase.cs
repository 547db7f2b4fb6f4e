using PhuocMy.Site.Caching;

namespace PhuocMy.Site.Pipeline.Phases;

/// <summary>
/// save-cache: what this build used or made, with the output folder as it now is, for the next build; then the stamp,
/// last, so a stamp never describes a build that did not finish.
/// </summary>
public sealed class SaveCachePhase(DiskBuild disk, string cacheFolder) : IBuildPhase
{
    public string Name => "save-cache";
    public string Title => "Ghi bộ nhớ đệm";

    public PhaseOutcome Run(BuildState state)
    {
        var (files, publication) = (state.Files, state.Site.Publication);
        disk.OutputState!.Record(state.Cache.Next, files);
        state.Cache.Next.Save(cacheFolder);
        new BuildStamp(disk.Inputs, BuildStamp.OutputFolderOf(disk.Options.OutputDirectory), publication.NextChange?.UtcTicks ?? long.MaxValue,
            files.Count(f => f.IsHtml), files.Count, state.Diagnostics.ToList(), publication).Save(cacheFolder);
        return PhaseOutcome.Continue;
    }
}
