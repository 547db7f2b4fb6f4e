using System.Diagnostics;

namespace PhuocMy.Site.Pipeline;

public sealed record StageTiming(string Stage, TimeSpan Elapsed);

/// <summary>Runs the build's named stages in order and remembers how long each took.</summary>
public sealed class StageClock(Action<string>? onStageStart = null)
{
    private readonly List<StageTiming> timings = [];

    public IReadOnlyList<StageTiming> Timings => timings;

    public T Run<T>(string stage, Func<T> work)
    {
        onStageStart?.Invoke(stage);
        var watch = Stopwatch.StartNew();
        var result = work();
        timings.Add(new StageTiming(stage, watch.Elapsed));
        return result;
    }
}
