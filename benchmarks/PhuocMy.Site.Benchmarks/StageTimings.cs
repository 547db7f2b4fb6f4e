using System.Diagnostics;
using PhuocMy.Site.Composition;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Testing;

namespace PhuocMy.Site.Benchmarks;

/// <summary>
/// `stages` mode: builds the synthetic site several times in this process, without a cache, and prints the time
/// of every stage. The first run pays the process's first-use costs (JIT, caches); later runs do not.
/// </summary>
public static class StageTimings
{
    public static int Run(int posts, int runs)
    {
        var repository = RepositoryPaths.Root;
        using var folder = WorkFolder.Create();
        var work = folder.Path;
        {
            var input = Path.Combine(work, "input");
            var corpus = SyntheticCorpus.Create(RepositoryPaths.Input, posts);
            SyntheticSite.Write(corpus, input);
            Console.WriteLine($"{posts} posts ({corpus.PostsWithCharts} with charts) written to {input}");

            for (var run = 1; run <= runs; run++)
            {
                var output = Path.Combine(work, $"out-{run}");
                var watch = Stopwatch.StartNew();
                var result = SiteBuilder.Build(new BuildOptions(input, Path.Combine(repository, "theme"), output), StandardSite.Generator());
                watch.Stop();
                if (!result.Succeeded)
                {
                    foreach (var diagnostic in result.Diagnostics.Take(20)) Console.Error.WriteLine(diagnostic);
                    return 1;
                }
                var stages = string.Join(", ", result.Timings.Select(t => $"{t.Stage} {t.Elapsed.TotalMilliseconds:0} ms"));
                Console.WriteLine($"run {run}: {result.PagesWritten} pages, {result.FilesWritten} files in {watch.Elapsed.TotalSeconds:0.00} s ({stages})");
                Directory.Delete(output, recursive: true);
            }
            return 0;
        }
    }
}
