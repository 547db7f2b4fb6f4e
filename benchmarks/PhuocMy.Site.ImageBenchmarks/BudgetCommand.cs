using System.Diagnostics;
using System.Text.Json;
using PhuocMy.Site.Images;

namespace PhuocMy.Site.ImageBenchmarks;

/// <summary>
/// The issue's budgets that the image library alone decides: a site of N real-size phone photos (4000 × 3000)
/// built twice through <see cref="VariantCache"/> — variants and sharing image for each — first with an empty
/// cache, then again with nothing changed. Each build is a fresh process.
/// </summary>
internal static class BudgetCommand
{
    public static void Run(string workFolder, int count)
    {
        var photos = Path.Combine(workFolder, "photos-4000x3000");
        Directory.CreateDirectory(photos);
        var missing = Enumerable.Range(1, count).Select(i => Path.Combine(photos, $"anh-{i:D3}.jpg")).Where(p => !File.Exists(p)).ToArray();
        if (missing.Length > 0)
        {
            Console.WriteLine($"Generating {missing.Length} photos…");
            Parallel.ForEach(missing, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                path => FreshProcess.Run("generate", path, "4000", "3000", Path.GetFileNameWithoutExtension(path)[4..]));
        }
        var files = Enumerable.Range(1, count).Select(i => Path.Combine(photos, $"anh-{i:D3}.jpg")).ToArray();
        var sizes = files.Select(f => new FileInfo(f).Length).Order().ToArray();
        Console.WriteLine($"{count} photos 4000×3000, {sizes.Sum() / 1e6:F0} MB in all, median {sizes[count / 2] / 1e6:F1} MB each");

        var cache = Path.Combine(workFolder, "cache");
        if (Directory.Exists(cache))
            Directory.Delete(cache, recursive: true);
        var list = Path.Combine(workFolder, "budget-photos.txt");
        File.WriteAllLines(list, files);

        var first = FreshProcess.Run("budget-build", list, cache);
        var second = FreshProcess.Run("budget-build", list, cache);
        Console.WriteLine();
        Console.WriteLine($"Load average at the end: {File.ReadAllText("/proc/loadavg").Split(' ')[0]} on {Environment.ProcessorCount} cores");
        Console.WriteLine("| build | image work, wall | image work, CPU | peak RSS | of which sources held | encoded | from cache |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, r) in new[] { ("first (empty cache)", first), ("again, nothing changed", second) })
        {
            var counts = r.Variant.Split('/');
            Console.WriteLine($"| {name} | {r.WorkMs / 1000:F2} s | {r.CpuMs / 1000:F2} s | {r.PeakRssKb / 1024} MiB | {r.RssBeforeKb / 1024} MiB | {counts[1]} | {counts[0]} |");
        }
        Console.WriteLine();
        Console.WriteLine(File.ReadAllText(Path.Combine(workFolder, "budget-sizes.txt")));
    }

    /// <summary>
    /// Child side: one build of every photo in the list, as the generator does it: every source read first
    /// (the generator's source tree reads each input once), then the image work, timed on its own.
    /// </summary>
    public static void RunBuild(string list, string cacheFolder)
    {
        var files = File.ReadAllLines(list);
        var readClock = Stopwatch.StartNew();
        var sources = files.Select(File.ReadAllBytes).ToArray();
        var readMs = readClock.Elapsed.TotalMilliseconds;

        var cache = new VariantCache(cacheFolder);
        var rssBefore = ProcessMemory.ResidentKb();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var smallestWebp = new int[files.Length];
        var smallestJpeg = new int[files.Length];
        long published = 0;
        Parallel.For(0, files.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var variants = cache.GetVariants(sources[i]);
            var sharing = cache.GetSharingImage(sources[i]);
            if (!variants.Succeeded || !sharing.Succeeded)
                throw new InvalidOperationException($"{files[i]}: {variants.Problem ?? sharing.Problem}");
            smallestWebp[i] = variants.Value.Webp[0].Bytes.Length;
            smallestJpeg[i] = variants.Value.Fallback[0].Bytes.Length;
            Interlocked.Add(ref published, variants.Value.All.Sum(v => (long)v.Bytes.Length) + sharing.Value.Bytes.Length);
        });
        var elapsed = clock.Elapsed.TotalMilliseconds;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds;

        Array.Sort(smallestWebp);
        Array.Sort(smallestJpeg);
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(cacheFolder))!, "budget-sizes.txt"),
            $"Reading the {files.Length} sources ({sources.Sum(s => (long)s.Length) / 1e6:F0} MB) before the image work: {readMs / 1000:F2} s.\n" +
            $"360-px variant of a 4000×3000 photo: WebP median {smallestWebp[files.Length / 2] / 1024.0:F1} KB, largest {smallestWebp[^1] / 1024.0:F1} KB; " +
            $"JPEG fallback median {smallestJpeg[files.Length / 2] / 1024.0:F1} KB, largest {smallestJpeg[^1] / 1024.0:F1} KB. " +
            $"All published files (variants and sharing images): {published / 1e6:F0} MB for {files.Length} photos.");
        FreshProcess.Report(new ChildResult($"{cache.Hits}/{cache.Misses}", elapsed, cpu, rssBefore, ProcessMemory.PeakResidentKb(), published));
    }
}
