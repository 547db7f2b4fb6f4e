using System.Diagnostics;
using System.Text.Json;

namespace PhuocMy.Site.ImageBenchmarks;

/// <summary>What a child process reports on its last line, plus the wall time seen from outside.</summary>
internal sealed record ChildResult(string Variant, double WorkMs, double CpuMs, long RssBeforeKb, long PeakRssKb, long OutputBytes)
{
    public double WallMs { get; init; }

    public const string Marker = "RESULT ";
}

/// <summary>Runs this benchmark again as a new process, so each measurement starts with a cold heap and its own peak RSS.</summary>
internal static class FreshProcess
{
    public static ChildResult Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var wall = clock.Elapsed.TotalMilliseconds;
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"child {string.Join(' ', arguments)} exited {process.ExitCode}: {stderr.Result}");
        var line = stdout.Split('\n').Last(l => l.StartsWith(ChildResult.Marker, StringComparison.Ordinal));
        var result = JsonSerializer.Deserialize<ChildResult>(line[ChildResult.Marker.Length..])!;
        return result with { WallMs = wall };
    }

    public static void Report(ChildResult result) =>
        Console.WriteLine(ChildResult.Marker + JsonSerializer.Serialize(result));
}
