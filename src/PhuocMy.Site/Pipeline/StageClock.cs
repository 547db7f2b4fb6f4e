using System.Diagnostics;

namespace PhuocMy.Site.Pipeline;

/// <param name="Cpu">Processor time the whole process spent during the stage (all threads): a measure that holds when the machine is busy.</param>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, TimeSpan Cpu);

/// <summary>Runs the build's named stages in order and remembers how long each took.</summary>
public sealed class StageClock(Action<string>? onStageStart = null)
{
    private readonly List<StageTiming> timings = [];

    public IReadOnlyList<StageTiming> Timings => timings;

    public T Run<T>(string stage, Func<T> work)
    {
        onStageStart?.Invoke(stage);
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var result = work();
        timings.Add(new StageTiming(stage, watch.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu));
        return result;
    }
}
