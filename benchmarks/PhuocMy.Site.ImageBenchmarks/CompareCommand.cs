using System.Diagnostics;

namespace PhuocMy.Site.ImageBenchmarks;

/// <summary>
/// NetVips against SkiaSharp on one 24-megapixel JPEG: every variant in a fresh process, the order rotated each
/// round so that neither library always runs on a warmer machine; medians over the rounds.
/// </summary>
internal static class CompareCommand
{
    public static void Run(string workFolder, int rounds)
    {
        var source = Path.Combine(workFolder, "photo-6000x4000.jpg");
        if (!File.Exists(source))
            FreshProcess.Run("generate", source, "6000", "4000", "1");
        Console.WriteLine($"Source: {source}, 6000×4000, {new FileInfo(source).Length / 1e6:F1} MB; widths {string.Join('/', Workloads.Widths)}; {rounds} rounds");

        var variants = Workloads.All.Keys.ToArray();
        var results = variants.ToDictionary(v => v, _ => new List<ChildResult>());
        for (int round = 0; round < rounds; round++)
            for (int i = 0; i < variants.Length; i++)
            {
                var variant = variants[(i + round) % variants.Length];
                var result = FreshProcess.Run("child", variant, source);
                results[variant].Add(result);
                Console.WriteLine($"  round {round + 1} {variant,-13} wall {result.WallMs,7:F0} ms  work {result.WorkMs,7:F0} ms  cpu {result.CpuMs,7:F0} ms  peak {result.PeakRssKb / 1024,5} MiB");
            }

        Console.WriteLine();
        Console.WriteLine("| variant | wall (median) | of which work | CPU time | peak RSS (VmHWM) | RSS before work | output bytes |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var variant in variants)
        {
            var r = results[variant];
            Console.WriteLine($"| {variant} | {Median(r, x => x.WallMs):F0} ms | {Median(r, x => x.WorkMs):F0} ms | {Median(r, x => x.CpuMs):F0} ms | " +
                              $"{Median(r, x => x.PeakRssKb) / 1024:F0} MiB | {Median(r, x => x.RssBeforeKb) / 1024:F0} MiB | {r[0].OutputBytes:N0} |");
        }
    }

    /// <summary>Child side: one variant, once, then the measurements on stdout.</summary>
    public static void RunChild(string variant, string source)
    {
        var work = Workloads.All[variant];
        var before = ProcessMemory.ResidentKb();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var bytes = work(File.ReadAllBytes(source));
        var elapsed = clock.Elapsed.TotalMilliseconds;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds;
        FreshProcess.Report(new ChildResult(variant, elapsed, cpu, before, ProcessMemory.PeakResidentKb(), bytes));
    }

    private static double Median(List<ChildResult> results, Func<ChildResult, double> value)
    {
        var sorted = results.Select(value).Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
