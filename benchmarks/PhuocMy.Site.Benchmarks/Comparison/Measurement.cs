namespace PhuocMy.Site.Benchmarks.Comparison;

/// <summary>One build as a whole process, as GNU time saw it, and what it left in its output folder.</summary>
/// <param name="Summary">The generator's own last line of output (ours prints its cache counters there).</param>
/// <param name="LoadAverage">The machine's one-minute load average just before the run.</param>
public sealed record Measurement(double WallSeconds, double UserSeconds, double SystemSeconds, long PeakRssKiB, int Pages, string Summary, double LoadAverage)
{
    public double CpuSeconds => UserSeconds + SystemSeconds;
}
