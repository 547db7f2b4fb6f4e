using System.Diagnostics;
using Markdig;
using PhuocMy.Site.Composition;
using PhuocMy.Site.Content;
using PhuocMy.Site.Dependencies;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Features.Search;
using PhuocMy.Site.Markdown;
using PhuocMy.Site.Output;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Quality;
using PhuocMy.Site.Sources;
using PhuocMy.Site.Testing;

namespace PhuocMy.Site.Benchmarks;

/// <summary>
/// `search-share` mode: what the search index adds to a build of the synthetic site (issue 11's budget: at most 15% of
/// a cold build). Builds with a cache, in one process: cold (empty cache), again with nothing changed, then after one
/// post's body is edited; each time the whole build and the search index generator are timed, wall and process CPU
/// (the after-render generators run one after another, so the process's CPU during the generator is its own).
/// </summary>
public static class SearchShare
{
    public static int Run(int posts)
    {
        using var folder = WorkFolder.Create();
        var input = Path.Combine(folder.Path, "input");
        var corpus = SyntheticCorpus.Create(RepositoryPaths.Input, posts);
        SyntheticSite.Write(corpus, input);
        var output = Path.Combine(folder.Path, "out");
        var options = new BuildOptions(input, RepositoryPaths.Theme, output) { CacheDirectory = Path.Combine(folder.Path, "cache") };
        Console.WriteLine($"{posts} posts; {Environment.ProcessorCount} cores");

        foreach (var step in new[] { "cold", "nothing changed", "one post body edited" })
        {
            if (step == "one post body edited")
            {
                var post = Directory.EnumerateFiles(input, "*.md", SearchOption.AllDirectories).Where(p => p.Contains("posts", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ElementAt(posts / 2);
                File.AppendAllText(post, "\n\nĐoạn bổ sung sau khi đăng.\n");
            }
            var timed = new List<(TimeSpan Wall, TimeSpan Cpu)>();
            var features = StandardSite.Features().Select(f => f is SearchFeature search ? new TimedFeature(search, timed) : f).ToList();
            var (wall, cpu) = Measure(() =>
            {
                var result = SiteBuilder.Build(options, new SiteGenerator(features, PageChecks.All));
                if (!result.Succeeded) throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics.Take(10)));
            });
            var search = timed.Single();
            Console.WriteLine($"{step}: build {wall.TotalSeconds:0.00} s wall, {cpu.TotalSeconds:0.00} s CPU; search index {search.Wall.TotalSeconds:0.00} s wall, " +
                $"{search.Cpu.TotalSeconds:0.00} s CPU ({100 * search.Cpu / cpu:0.0}% of the build's CPU, {100 * search.Wall / wall:0.0}% of its wall time)");
        }
        return 0;
    }

    private static (TimeSpan Wall, TimeSpan Cpu) Measure(Action action)
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        action();
        watch.Stop();
        process.Refresh();
        return (watch.Elapsed, process.TotalProcessorTime - cpu);
    }

    private sealed class TimedFeature(SearchFeature inner, List<(TimeSpan, TimeSpan)> log) : ISiteFeature
    {
        public string Name => inner.Name;

        public IReadOnlyList<string> RunsAfter => ((ISiteFeature)inner).RunsAfter;

        public bool Owns(SourceFile file) => inner.Owns(file);

        public ILoadedFeature Load(SourceTree tree, SiteSettings settings, DiagnosticBag diagnostics) => new Loaded(inner.Load(tree, settings, diagnostics), log);
    }

    private sealed class Loaded(ILoadedFeature inner, List<(TimeSpan, TimeSpan)> log) : ILoadedFeature
    {
        public void ExtendMarkdown(MarkdownPipelineBuilder builder) => inner.ExtendMarkdown(builder);

        public IEnumerable<IMarkdownCheck> MarkdownChecks => inner.MarkdownChecks;

        public ContentHash? MarkdownContext => inner.MarkdownContext;

        public FeatureOutput ParseContent(ContentContext context)
        {
            var output = inner.ParseContent(context);
            return output with { AfterRender = [.. output.AfterRender.Select(g => new TimedGenerator(g, log))] };
        }
    }

    private sealed class TimedGenerator(IAfterRenderGenerator inner, List<(TimeSpan, TimeSpan)> log) : IAfterRenderGenerator
    {
        public IEnumerable<OutputFile> Generate(RenderedSite site, DiagnosticBag diagnostics)
        {
            List<OutputFile> files = [];
            log.Add(Measure(() => files = inner.Generate(site, diagnostics).ToList()));
            return files;
        }
    }
}
