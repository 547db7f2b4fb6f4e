using System.Globalization;

namespace PhuocMy.Site.Benchmarks.Comparison;

/// <summary>The comparison as a Markdown table of medians over the rounds, then our cache counters per run.</summary>
public static class ComparisonReport
{
    public static void Write(IReadOnlyList<RunRecord> records, TextWriter writer)
    {
        var rounds = records.Max(r => r.Round);
        writer.WriteLine($"Medians of {rounds} round(s); each build a fresh process timed by GNU time; outputs and caches on tmpfs.");
        writer.WriteLine();
        writer.WriteLine("| N | scenario | ours wall | ours CPU | ours peak RSS | ours pages | Hugo wall | Hugo CPU | Hugo peak RSS | Hugo pages | ours/Hugo wall |");
        writer.WriteLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var posts in records.Select(r => r.Posts).Distinct())
        {
            foreach (var scenario in Scenarios.InRoundOrder)
            {
                // (a′) is ours without a cache against Hugo's (a); (a″) is our (a) against Hugo without related posts.
                var ours = Runs(records, posts, scenario == Scenario.ColdWithoutRelated ? Scenario.Cold : scenario, "ours");
                var hugo = scenario == Scenario.ColdWithoutRelated
                    ? Runs(records, posts, scenario, HugoGenerator.WithoutRelatedName)
                    : Runs(records, posts, scenario == Scenario.ColdWithoutCache ? Scenario.Cold : scenario, HugoGenerator.MainName);
                if (ours.Count == 0 && hugo.Count == 0) continue;
                var ratio = ours.Count > 0 && hugo.Count > 0 ? $"{Median(ours, m => m.WallSeconds) / Median(hugo, m => m.WallSeconds):0.00}" : "–";
                writer.WriteLine($"| {posts:N0} | {scenario.Label()} | {Cells(ours)} | {Cells(hugo)} | {ratio} |");
            }
        }

        writer.WriteLine();
        writer.WriteLine("Machine load (one-minute load average before each run, 2 cores):");
        foreach (var group in records.GroupBy(r => r.Posts))
        {
            var loads = group.Select(r => r.Measurement.LoadAverage).Order().ToList();
            writer.WriteLine($"- N = {group.Key:N0}: median {Median(loads, x => x):0.0}, min {loads[0]:0.0}, max {loads[^1]:0.0}");
        }

        writer.WriteLine();
        writer.WriteLine("Our generator's own summary line per run (pages, files changed, pages reused from the cache, in-process seconds):");
        foreach (var group in records.Where(r => r.Generator == "ours").GroupBy(r => (r.Posts, r.Scenario)))
        {
            writer.WriteLine($"- N = {group.Key.Posts:N0}, {group.Key.Scenario.Label()}:");
            foreach (var run in group) writer.WriteLine($"  - round {run.Round}: {run.Measurement.Summary.Split(" → ")[0]}");
        }
    }

    private static List<Measurement> Runs(IReadOnlyList<RunRecord> records, int posts, Scenario scenario, string generator) =>
        records.Where(r => r.Posts == posts && r.Scenario == scenario && r.Generator == generator).Select(r => r.Measurement).ToList();

    private static string Cells(IReadOnlyList<Measurement> runs) => runs.Count == 0
        ? "– | – | – | –"
        : string.Create(CultureInfo.InvariantCulture,
            $"{Median(runs, m => m.WallSeconds):0.00} s | {Median(runs, m => m.CpuSeconds):0.00} s | {Median(runs, m => m.PeakRssKiB) / 1024:0} MiB | {Median(runs, m => m.Pages):N0}");

    public static double Median<T>(IReadOnlyList<T> items, Func<T, double> value)
    {
        var sorted = items.Select(value).Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
