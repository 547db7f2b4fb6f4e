using System.Globalization;
using PhuocMy.Site.Benchmarks;
using PhuocMy.Site.Benchmarks.Comparison;
using PhuocMy.Site.Testing;

// bash benchmarks/run.sh [compare] [N,N…] [rounds] [lighter-hugo]   ours against Hugo, each build a fresh process (default
//                                                     1000,10000 and 3); lighter-hugo: only Hugo without related content (30,000 posts)
// bash benchmarks/run.sh stages [N] [runs] [cache]    in-process builds with the time of every stage (default 10000 and 3);
//                                                     with `cache`, the first run is cold and the others are no-op rebuilds
// bash benchmarks/run.sh dotnet-env [N] [rounds]      ours, cold and no-op, under DOTNET_* runtime settings and `dotnet run` (default 10000 and 1)
// bash benchmarks/preview.sh [N,N…] [edits]         the preview's edit-to-reload latency (PreviewLatency.cs)
// bash benchmarks/run.sh search-share [N]             what the search index adds to a cold, a no-op and a one-post build (SearchShare.cs)
// bash benchmarks/run.sh write FOLDER [N]             only writes the corpus for both generators (default 100), to look at
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var mode = args.Length > 0 && !char.IsAsciiDigit(args[0][0]) ? args[0] : "compare";
var rest = mode == "compare" && args.Length > 0 && char.IsAsciiDigit(args[0][0]) ? args : args.Skip(1).ToArray();
int Number(int index, int fallback) => rest.Length > index && int.TryParse(rest[index], CultureInfo.InvariantCulture, out var number) ? number : fallback;

switch (mode)
{
    case "preview":
        return await PreviewLatency.Run(rest);
    case "stages":
        return StageTimings.Run(Number(0, 10_000), Number(1, 3), withCache: rest.Contains("cache"));
    case "compare":
        var postCounts = rest.Length > 0 ? rest[0].Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToArray() : [1_000, 10_000];
        return Compare(postCounts, Number(1, 3), lighterHugoOnly: rest.Contains("lighter-hugo"));
    case "search-share":
        return SearchShare.Run(Number(0, 10_000));
    case "dotnet-env":
        return RuntimeSettingsProbe.Run(RepositoryPaths.Root, Number(0, 10_000), Number(1, 1));
    case "write" when rest.Length > 0:
        return Write(Path.GetFullPath(rest[0]), Number(1, 100));
    default:
        Console.Error.WriteLine($"Unknown mode '{mode}': use compare [N,N…] [rounds], stages [N] [runs] [cache], dotnet-env [N] [rounds] or write FOLDER [N].");
        return 2;
}

static int Compare(IReadOnlyList<int> postCounts, int rounds, bool lighterHugoOnly)
{
    var repository = RepositoryPaths.Root;
    var ours = OurCommand.Compiled(repository);
    var hugo = Tools.Find("hugo") ?? throw new InvalidOperationException("hugo is not installed: bash benchmarks/run.sh installs it.");
    if (!File.Exists(TimedProcess.GnuTime)) throw new InvalidOperationException($"{TimedProcess.GnuTime} (GNU time) is missing: bash benchmarks/run.sh installs it.");

    Func<string, string, string, string, IReadOnlyList<HugoGenerator>> hugoProjects = lighterHugoOnly ? HugoGenerator.WithoutRelatedOnly : HugoGenerator.Both;
    using var work = WorkFolder.Create();
    Console.WriteLine($"ours: {ours.Label}");
    Console.WriteLine($"Hugo: {Tools.Output(hugo, "version")}");
    Console.WriteLine($"work folder: {work.Path}{(work.OnTmpfs ? " (tmpfs)" : " (NOT tmpfs: disk writes will weigh on the times)")}; {Environment.ProcessorCount} cores; load {TimedProcess.LoadAverage():0.0}");

    var harness = new ComparisonHarness(RepositoryPaths.Input, folder =>
    [
        new OurGenerator(ours, RepositoryPaths.Theme, Path.Combine(folder, "ours")),
        .. hugoProjects(hugo, Path.Combine(repository, "benchmarks", "hugo"), RepositoryPaths.Theme, Path.Combine(folder, "hugo")),
    ], Console.Out);
    var records = harness.Run(work.Path, postCounts, rounds);
    Console.WriteLine();
    ComparisonReport.Write(records, Console.Out);
    return 0;
}

static int Write(string folder, int posts)
{
    var corpus = SyntheticCorpus.Create(RepositoryPaths.Input, posts);
    new OurGenerator(OurCommand.Compiled(RepositoryPaths.Root), RepositoryPaths.Theme, Path.Combine(folder, "ours")).Prepare(corpus);
    HugoGenerator.Both("hugo", Path.Combine(RepositoryPaths.Root, "benchmarks", "hugo"), RepositoryPaths.Theme, Path.Combine(folder, "hugo"))[0].Prepare(corpus);
    Console.WriteLine($"{posts} posts ({corpus.PostsWithCharts} with charts): our input in {folder}/ours/input (theme in ours/theme), the Hugo project in {folder}/hugo/site");
    return 0;
}
