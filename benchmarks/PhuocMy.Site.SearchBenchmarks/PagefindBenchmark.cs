using System.Diagnostics;
using PhuocMy.Site.Search.Testing;

namespace PhuocMy.Site.SearchBenchmarks;

/// <summary>Pagefind's indexing of the same N documents as HTML pages: wall time and peak RSS (from /usr/bin/time).</summary>
internal static class PagefindBenchmark
{
    public static void Run(int count)
    {
        var folder = Directory.CreateTempSubdirectory("phuocmy-pagefind-bench-").FullName;
        try
        {
            Pagefind.WritePages(folder, VietnameseNewsCorpus.Generate(count));
            var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in new[] { "-v", Pagefind.Executable, "--site", folder }) start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var report = process.StandardError.ReadToEnd();
            process.WaitForExit();
            _ = output.Result;
            if (process.ExitCode != 0) throw new InvalidOperationException($"Pagefind failed:\n{report}");
            string Line(string name) => report.Split('\n').First(l => l.Trim().StartsWith(name, StringComparison.Ordinal)).Split(": ", 2)[1].Trim();
            var peakKb = long.Parse(Line("Maximum resident set size"), System.Globalization.CultureInfo.InvariantCulture);
            Console.WriteLine($"## Pagefind 1.6 on {count} pages");
            Console.WriteLine($"indexing: wall {Line("Elapsed (wall clock) time")}, user {Line("User time")} s, system {Line("System time")} s, peak RSS {Statistics.Megabytes(peakKb * 1024)}");
            var bundle = Directory.EnumerateFiles(Path.Combine(folder, "pagefind"), "*", SearchOption.AllDirectories).Select(f => new FileInfo(f).Length).ToList();
            Console.WriteLine($"bundle: {bundle.Count} files, {Statistics.Megabytes(bundle.Sum())}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
