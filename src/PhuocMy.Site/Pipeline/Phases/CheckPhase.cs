using PhuocMy.Site.Pipeline.Stages;

namespace PhuocMy.Site.Pipeline.Phases;

/// <summary>
/// check: every page of the finished site parsed once and checked (links resolved against the whole new site, alt
/// text, headings, NFC, no inline code); a problem is reported at the author's file and line where there is one.
/// </summary>
public sealed class CheckPhase : IBuildPhase
{
    public string Name => "check";
    public string Title => "Kiểm tra trang";

    public PhaseOutcome Run(BuildState state)
    {
        CheckPagesStage.Run(state.Files, state.PageChecks, state.Settings.BaseUrl.AbsolutePath, state.Diagnostics, state.Cache,
            ContentSourceLines.Of(state.ContentParser.Parsed), UnreadContentStage.AddressesOf(state.Tree, state.Content),
            new ProblemLocations(state.Tree).Locate);
        return state.Diagnostics.HasErrors ? PhaseOutcome.Stop : PhaseOutcome.Continue;
    }
}
