using System.Diagnostics;

namespace PhuocMy.Site.Pipeline;

/// <param name="Cpu">Processor time the whole process spent during the phase (all threads): a measure that holds when the machine is busy.</param>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, TimeSpan Cpu);

/// <summary>The one loop of the build: runs phases in order, times each, and stops where a phase says so.</summary>
public sealed class PhaseRunner(Action<string>? onPhaseStart = null)
{
    private readonly List<StageTiming> timings = [];

    /// <summary>Every phase run so far, in order: the <c>--timings</c> table.</summary>
    public IReadOnlyList<StageTiming> Timings => timings;

    /// <returns>False when a phase stopped the build.</returns>
    public bool Run(IEnumerable<IBuildPhase> phases, BuildState state)
    {
        foreach (var phase in phases)
        {
            onPhaseStart?.Invoke(phase.Title);
            var watch = Stopwatch.StartNew();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var outcome = phase.Run(state);
            timings.Add(new StageTiming(phase.Title, watch.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu));
            if (outcome == PhaseOutcome.Stop) return false;
        }
        return true;
    }
}
