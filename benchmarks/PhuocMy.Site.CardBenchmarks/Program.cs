using BenchmarkDotNet.Running;
using PhuocMy.Site.CardBenchmarks;

// Sharing-card benchmarks (see benchmarks/README.md, "Sharing cards"):
//   cpu [cards]            draws N cards (default 2000) on one thread, prints CPU per card, whole and split by step
//   encoding [repeats]     PNG data candidates (pixel layout, row filter, zlib level and strategy) on one card
//   write <folder> [cards] writes the first N cards (default 4) as files, to look at
//   compare <folder>       draws the cards a former version wrote into folder and compares the pixels
//   bdn [BenchmarkDotNet options]  the same steps under BenchmarkDotNet (e.g. bdn --filter '*' --job short --inProcess)
switch (args.FirstOrDefault() ?? "cpu")
{
    case "cpu":
        CpuCommand.Run(args.Length > 1 ? int.Parse(args[1]) : 2000);
        break;
    case "encoding":
        EncodingCommand.Run(args.Length > 1 ? int.Parse(args[1]) : 50);
        break;
    case "compare":
        CompareCommand.Run(args[1]);
        break;
    case "write":
        WriteCommand.Run(args[1], args.Length > 2 ? int.Parse(args[2]) : 4);
        break;
    case "bdn":
        BenchmarkSwitcher.FromAssembly(typeof(CardSteps).Assembly).Run(args[1..]);
        break;
    default:
        Console.Error.WriteLine($"Unknown command '{args[0]}': cpu, write or bdn.");
        return 2;
}
return 0;
