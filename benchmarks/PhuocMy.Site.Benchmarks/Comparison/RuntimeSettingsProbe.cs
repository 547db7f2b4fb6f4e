using System.Globalization;
using System.Text.RegularExpressions;

namespace PhuocMy.Site.Benchmarks.Comparison;

/// <summary>
/// `dotnet-env` mode: our cold build and no-op rebuild under .NET runtime settings (<c>DOTNET_*</c> variables) and
/// through <c>dotnet run</c>, to see what a whole process spends besides the build itself: JIT (tiering, PGO,
/// ReadyToRun code), the garbage collector, MSBuild.
/// </summary>
public static partial class RuntimeSettingsProbe
{
    public static int Run(string repository, int posts, int rounds)
    {
        var compiled = OurCommand.Compiled(repository);
        OurCommand[] variants =
        [
            compiled with { Label = "default" },
            compiled.With("DOTNET_TieredPGO", "0"),
            compiled.With("DOTNET_TieredCompilation", "0"),
            compiled.With("DOTNET_ReadyToRun", "0"),
            compiled.With("DOTNET_gcServer", "1"),
            compiled.With("DOTNET_gcConcurrent", "0"),
            compiled.With("DOTNET_GCgen0size", "0x10000000"),
            OurCommand.DotnetRun(repository),
        ];

        using var work = WorkFolder.Create();
        if (PublishReadyToRun(repository, Path.Combine(work.Path, "ready-to-run")) is { } precompiled)
            variants = [.. variants, precompiled];
        var corpus = SyntheticCorpus.Create(Path.Combine(repository, "input"), posts);
        var folder = Path.Combine(work.Path, "ours");
        var generators = variants.Select(v => new OurGenerator(v, Path.Combine(repository, "theme"), folder)).ToArray();
        generators[0].Prepare(corpus);
        Console.WriteLine($"{posts} posts ({corpus.PostsWithCharts} with charts) in {folder}; {rounds} round(s); load {TimedProcess.LoadAverage():0.0}");

        var results = variants.ToDictionary(v => v.Label, _ => (Cold: new List<Measurement>(), NoOp: new List<Measurement>()));
        for (var round = 1; round <= rounds; round++)
        {
            var order = Enumerable.Range(0, variants.Length).Select(i => (i + round - 1) % variants.Length);
            foreach (var index in order)
            {
                var generator = generators[index];
                generator.MakeCold(Scenario.Cold);
                var cold = generator.Build(Scenario.Cold);
                var noOp = generator.Build(Scenario.NoOp);
                results[variants[index].Label].Cold.Add(cold);
                results[variants[index].Label].NoOp.Add(noOp);
                Console.WriteLine($"  round {round} {variants[index].Label}: cold {Describe(cold)}; no-op {Describe(noOp)}");
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Medians of {rounds} round(s), N = {posts:N0}; \"in build\" is the time our CLI reports for the build itself, the rest of wall is process start-up and exit.");
        Console.WriteLine();
        Console.WriteLine("| runtime setting | cold wall | cold in build | cold CPU | cold peak RSS | no-op wall | no-op in build | no-op CPU | no-op peak RSS |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var variant in variants)
        {
            var (cold, noOp) = results[variant.Label];
            Console.WriteLine($"| {variant.Label} | {Cells(cold)} | {Cells(noOp)} |");
        }
        return 0;
    }

    /// <summary>
    /// An experiment, not how users run it today: our generator and its libraries precompiled (ReadyToRun), so
    /// start-up JIT shrinks. Published from a copy of src/ so the worktree's obj/ folders stay as they are.
    /// </summary>
    private static OurCommand? PublishReadyToRun(string repository, string folder)
    {
        var source = Path.Combine(folder, "src");
        SyntheticCorpus.CopyFolder(Path.Combine(repository, "src"), source, relative =>
            !relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"));
        var output = Path.Combine(folder, "bin");
        Console.WriteLine("publishing a ReadyToRun build of phuocmy-site (not timed)…");
        var exit = TimedProcess.TryRun("dotnet", ["publish", Path.Combine(source, "PhuocMy.Site"), "--configuration", "Release", "--runtime", "linux-x64",
            "--self-contained", "false", "-p:PublishReadyToRun=true", "--output", output, "--nologo", "--verbosity", "quiet"], output);
        var apphost = Path.Combine(output, "phuocmy-site");
        if (exit is null || !File.Exists(apphost))
        {
            Console.WriteLine("  ReadyToRun publish failed; that row is left out.");
            return null;
        }
        return new OurCommand("ReadyToRun publish (experiment)", apphost, [], new Dictionary<string, string>());
    }

    private static string Describe(Measurement m) =>
        $"{m.WallSeconds:0.00} s wall ({InBuild(m):0.00} s in build), {m.CpuSeconds:0.00} s CPU, {m.PeakRssKiB / 1024} MiB, load {m.LoadAverage:0.0}";

    private static string Cells(IReadOnlyList<Measurement> runs) => string.Create(CultureInfo.InvariantCulture,
        $"{ComparisonReport.Median(runs, m => m.WallSeconds):0.00} s | {ComparisonReport.Median(runs, InBuild):0.00} s | {ComparisonReport.Median(runs, m => m.CpuSeconds):0.00} s | {ComparisonReport.Median(runs, m => m.PeakRssKiB) / 1024:0} MiB");

    /// <summary>The seconds our CLI prints ("…, 4,32 giây → …"), NaN when it printed none.</summary>
    public static double InBuild(Measurement measurement) =>
        Seconds().Match(measurement.Summary) is { Success: true } match
            ? double.Parse(match.Groups[1].Value.Replace(',', '.'), CultureInfo.InvariantCulture)
            : double.NaN;

    [GeneratedRegex(@"([0-9]+,[0-9]+) giây")]
    private static partial Regex Seconds();
}
