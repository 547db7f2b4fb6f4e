using PhuocMy.Site.Pipeline.Phases;

namespace PhuocMy.Site.Pipeline;

/// <summary>
/// The build, phase by phase. An in-memory build (tests, <c>check</c>) runs <see cref="Generation"/> over a tree it
/// was given; a build from disk to disk (<see cref="SiteBuilder"/>) reads the folders and the cache first and writes
/// the output folder and the cache after, through the same loop (<see cref="PhaseRunner"/>).
/// </summary>
public static class BuildPhases
{
    /// <summary>read → parse → model → plan → render → after-render → check.</summary>
    public static readonly IReadOnlyList<IBuildPhase> Generation =
    [
        new ReadPhase(), new ParsePhase(), new ModelPhase(), new PlanPhase(), new RenderPhase(), new AfterRenderPhase(), new CheckPhase(),
    ];
}
