using System.Diagnostics;

namespace PhuocMy.Site.SearchBenchmarks;

/// <summary>Wall-clock and CPU time of a piece of work (CPU time shows the parallel share on a busy machine).</summary>
internal readonly record struct Timing(double WallMs, double CpuMs)
{
    public static Timing Of(Action work)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        work();
        watch.Stop();
        process.Refresh();
        return new Timing(watch.Elapsed.TotalMilliseconds, (process.TotalProcessorTime - cpu).TotalMilliseconds);
    }

    public static Timing Median(IReadOnlyList<Timing> runs) =>
        new(Statistics.Median(runs.Select(r => r.WallMs)), Statistics.Median(runs.Select(r => r.CpuMs)));

    public override string ToString() => $"{WallMs:0} ms (CPU {CpuMs:0} ms)";
}

internal static class Statistics
{
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>Peak resident set size of this process so far (VmHWM).</summary>
    public static long PeakRssBytes()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                return long.Parse(line[6..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        return Process.GetCurrentProcess().PeakWorkingSet64;
    }

    public static string Megabytes(long bytes) => $"{bytes / 1024.0 / 1024.0:0.0} MB";

    public static string Kilobytes(double bytes) => $"{bytes / 1024.0:0.0} KB";
}
