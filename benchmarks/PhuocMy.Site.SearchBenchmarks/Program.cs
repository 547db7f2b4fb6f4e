using System.Diagnostics;
using System.Globalization;
using PhuocMy.Site.SearchBenchmarks;

// Site search benchmark: `dotnet run -c Release --project benchmarks/PhuocMy.Site.SearchBenchmarks` runs every part,
// each in a process of its own (cold first runs, separate peak RSS). One part: `-- index 10000`, `-- browser 10000`,
// `-- pagefind 10000`. Results: benchmarks/README.md, "## Search".
if (args.Length == 2)
{
    var count = int.Parse(args[1], CultureInfo.InvariantCulture);
    switch (args[0])
    {
        case "index": IndexingBenchmark.Run(count); return 0;
        case "browser": await BrowserBenchmark.RunAsync(count); return 0;
        case "pagefind": PagefindBenchmark.Run(count); return 0;
    }
}
if (args.Length != 0)
{
    Console.Error.WriteLine("usage: [index|browser|pagefind <documents>]");
    return 2;
}

Console.WriteLine($"{Environment.ProcessorCount} cores, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} at start");
// The second 10,000 run is without Dynamic PGO: its instrumented tier is most of what a cold process pays extra.
(string[] Arguments, bool WithoutPgo)[] parts =
    [(["index", "1000"], false), (["index", "10000"], false), (["index", "10000"], true), (["browser", "10000"], false), (["pagefind", "10000"], false)];
foreach (var (part, withoutPgo) in parts)
{
    var start = new ProcessStartInfo(Environment.ProcessPath!);
    if (withoutPgo)
    {
        start.Environment["DOTNET_TieredPGO"] = "0";
        Console.WriteLine("DOTNET_TieredPGO=0:");
    }
    if (!Environment.ProcessPath!.EndsWith("PhuocMy.Site.SearchBenchmarks", StringComparison.Ordinal))
        start.ArgumentList.Add(typeof(IndexingBenchmark).Assembly.Location);
    foreach (var argument in part) start.ArgumentList.Add(argument);
    using var child = Process.Start(start)!;
    child.WaitForExit();
    if (child.ExitCode != 0) return child.ExitCode;
    Console.WriteLine();
}
Console.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} at the end");
return 0;
