using PhuocMy.Site.Pipeline;

namespace PhuocMy.Site.Benchmarks.Comparison;

/// <summary>
/// Our generator as users run it: the compiled <c>phuocmy-site build</c> with the default cache beside the output
/// folder. (<c>dotnet run</c>, which scripts/build.sh uses, adds an MSBuild up-to-date check to every build.)
/// The theme is a copy, so scenario (e) can edit a partial.
/// </summary>
public sealed class OurGenerator(OurCommand command, string repositoryTheme, string work) : IGeneratorUnderTest
{
    private readonly string input = Path.Combine(work, "input");
    private readonly string theme = Path.Combine(work, "theme");
    private readonly string outputWithoutCache = Path.Combine(work, "_site-no-cache");

    public string Name => "ours";
    public bool Runs(Scenario scenario) => scenario != Scenario.ColdWithoutRelated;
    public string OutputFolder { get; } = Path.Combine(work, "_site");
    public string CacheFolder => BuildOptions.DefaultCacheDirectory(OutputFolder);
    public string PostCardPartial => Path.Combine(theme, "_includes", "post-card.liquid");

    public void Prepare(SyntheticCorpus corpus)
    {
        SyntheticSite.Write(corpus, input);
        SyntheticCorpus.CopyFolder(repositoryTheme, theme);
    }

    public string PostFile(SyntheticPost post) => SyntheticSite.PostPath(input, post);

    public void MakeCold(Scenario scenario)
    {
        foreach (var folder in scenario == Scenario.ColdWithoutCache ? [outputWithoutCache] : new[] { OutputFolder, CacheFolder })
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    public Measurement Build(Scenario scenario)
    {
        var output = scenario == Scenario.ColdWithoutCache ? outputWithoutCache : OutputFolder;
        string[] build = ["build", "--input", input, "--theme", theme, "--output", output, .. scenario == Scenario.ColdWithoutCache ? ["--no-cache"] : Array.Empty<string>()];
        var measurement = TimedProcess.Run(command.Program, [.. command.Prefix, .. build], output, command.Environment);
        if (scenario == Scenario.ColdWithoutCache) Directory.Delete(output, recursive: true);
        return measurement;
    }
}
