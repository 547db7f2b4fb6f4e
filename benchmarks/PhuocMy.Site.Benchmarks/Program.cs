using PhuocMy.Site.Composition;
using System.Diagnostics;
using System.Globalization;
using PhuocMy.Site.Benchmarks;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Testing;

// Times whole builds of a synthetic site: `dotnet run -c Release --project benchmarks/PhuocMy.Site.Benchmarks -- 10000 3`
// (posts, runs). Everything is written under a temporary folder that is removed afterwards.
// `-- preview 1000,10000 5` measures the preview's edit-to-reload latency instead (PreviewLatency.cs).
if (args is ["preview", .. var previewArgs]) return await PreviewLatency.Run(previewArgs);

var posts = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;

var repository = RepositoryPaths.Root;
var work = Directory.CreateTempSubdirectory("phuocmy-bench-").FullName;
try
{
    var input = Path.Combine(work, "input");
    SyntheticSite.Write(Path.Combine(repository, "input"), input, posts);
    Console.WriteLine($"{posts} posts written to {input}");

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
    }
    return 0;
}
finally
{
    Directory.Delete(work, recursive: true);
}
