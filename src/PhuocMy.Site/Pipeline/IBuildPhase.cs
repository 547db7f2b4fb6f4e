namespace PhuocMy.Site.Pipeline;

/// <summary>Whether the build goes on to the next phase.</summary>
public enum PhaseOutcome
{
    Continue,

    /// <summary>The build ends here: it failed (the diagnostics say why), or its result is already in place.</summary>
    Stop,
}

/// <summary>
/// One named step of the build over the <see cref="BuildState"/>: it reads what earlier phases made and adds what it
/// makes. <see cref="BuildPhases"/> lists them in order; <see cref="PhaseRunner"/> runs and times them.
/// </summary>
public interface IBuildPhase
{
    /// <summary>The phase's name in code and docs: <c>parse</c>, <c>render</c>…</summary>
    string Name { get; }

    /// <summary>What the progress line and <c>--timings</c> show, in Vietnamese.</summary>
    string Title { get; }

    PhaseOutcome Run(BuildState state);
}
