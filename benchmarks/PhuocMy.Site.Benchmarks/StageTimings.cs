using System.Diagnostics;
using PhuocMy.Site.Composition;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Testing;

namespace PhuocMy.Site.Benchmarks;

/// <summary>
/// `stages` mode: builds the synthetic site several times in this process and prints the time of every stage. The
/// first run pays the process's first-use costs (JIT, caches); later runs do not. Without a cache every run is a
/// full build into a fresh folder; with <c>cache</c>, all runs share one output folder and its build cache, so the
/// first is cold and the others are no-op rebuilds.
/// </summary>
public static class StageTimings
{
    public static int Run(int posts, int runs, bool withCache)
    {
        using var folder = WorkFolder.Create();
        var input = Path.Combine(folder.Path, "input");
        var corpus = SyntheticCorpus.Create(RepositoryPaths.Input, posts);
        SyntheticSite.Write(corpus, input);
        Console.WriteLine($"{posts} posts ({corpus.PostsWithCharts} with charts) written to {input}; {(withCache ? "one output folder and its cache for all runs" : "no cache")}");

        for (var run = 1; run <= runs; run++)
        {
            var output = Path.Combine(folder.Path, withCache ? "_site" : $"out-{run}");
            var options = new BuildOptions(input, RepositoryPaths.Theme, output) { CacheDirectory = withCache ? BuildOptions.DefaultCacheDirectory(output) : null };
            var watch = Stopwatch.StartNew();
            var result = SiteBuilder.Build(options, StandardSite.Generator());
            watch.Stop();
            if (!result.Succeeded)
            {
                foreach (var diagnostic in result.Diagnostics.Take(20)) Console.Error.WriteLine(diagnostic);
                return 1;
            }
            var stages = string.Join(", ", result.Timings.Select(t => $"{t.Stage} {t.Elapsed.TotalMilliseconds:0} ms"));
            var cache = result.Cache is { } c
                ? $"; cache: parsed {c.ParsedReused} reused/{c.ParsedMade} made, rendered {c.RenderedReused}/{c.RenderedMade}, checked {c.CheckedReused}/{c.CheckedMade}"
                : "";
            Console.WriteLine($"run {run}: {result.PagesWritten} pages, {result.FilesWritten} files written in {watch.Elapsed.TotalSeconds:0.00} s ({stages}){cache}");
            if (!withCache) Directory.Delete(output, recursive: true);
        }
        return 0;
    }
}
