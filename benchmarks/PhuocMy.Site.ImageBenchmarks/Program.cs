using PhuocMy.Site.ImageBenchmarks;

// Image benchmarks (see benchmarks/README.md, "Images"):
//   compare [rounds]            NetVips vs SkiaSharp on a 24-megapixel JPEG, each run in a fresh process
//   budget [photos]             N real-size photos (default 100) through the library: first build, then no-op rebuild
//   site [photos] [reuse]       the generator with N photos as lead images (run budget first): first build, then no-op
//   large                       peak memory for a 12-megapixel and a 200-megapixel JPEG
//   child <variant> <source>    (internal) one measured run
//   generate <path> <w> <h> <seed>  (internal) writes a synthetic photo
var workFolder = Path.Combine(Path.GetTempPath(), "phuocmy-image-benchmarks");
Directory.CreateDirectory(workFolder);

switch (args.FirstOrDefault() ?? "compare")
{
    case "compare":
        CompareCommand.Run(workFolder, args.Length > 1 ? int.Parse(args[1]) : 5);
        break;
    case "budget":
        BudgetCommand.Run(workFolder, args.Length > 1 ? int.Parse(args[1]) : 100);
        break;
    case "budget-build":
        BudgetCommand.RunBuild(args[1], args[2]);
        break;
    case "site":
        SiteCommand.Run(workFolder, args.Length > 1 ? int.Parse(args[1]) : 100, args.Length > 2 && args[2] == "reuse");
        break;
    case "large":
        LargePhotoCommand.Run(workFolder);
        break;
    case "large-child":
        LargePhotoCommand.RunChild(args[1]);
        break;
    case "generate-noise":
        LargePhotoCommand.Generate(args[1], int.Parse(args[2]), int.Parse(args[3]));
        FreshProcess.Report(new ChildResult("generate", 0, 0, 0, ProcessMemory.PeakResidentKb(), new FileInfo(args[1]).Length));
        break;
    case "child":
        CompareCommand.RunChild(args[1], args[2]);
        break;
    case "generate":
        SamplePhoto.Write(args[1], int.Parse(args[2]), int.Parse(args[3]), int.Parse(args[4]));
        FreshProcess.Report(new ChildResult("generate", 0, 0, 0, ProcessMemory.PeakResidentKb(), new FileInfo(args[1]).Length));
        break;
    default:
        Console.Error.WriteLine($"Unknown command '{args[0]}'. Commands: compare [rounds], budget [photos], large");
        return 2;
}
return 0;
