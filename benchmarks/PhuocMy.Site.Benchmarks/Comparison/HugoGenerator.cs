namespace PhuocMy.Site.Benchmarks.Comparison;

/// <summary>
/// Hugo as users run it: <c>hugo --source … --destination …</c>. Hugo keeps no build state between runs, so every
/// scenario after (a) is a full build into the same destination folder.
/// </summary>
public sealed class HugoGenerator(string program, string hugoTemplate, string repositoryTheme, string work) : IGeneratorUnderTest
{
    private readonly string project = Path.Combine(work, "site");
    private readonly string cache = Path.Combine(work, "cache");

    public string Name => "Hugo";
    public string OutputFolder { get; } = Path.Combine(work, "public");
    public string PostCardPartial => HugoProject.PartialPath(project, "post-card.html");

    public void Prepare(SyntheticCorpus corpus) => HugoProject.Write(corpus, hugoTemplate, repositoryTheme, project);

    public string PostFile(SyntheticPost post) => HugoProject.PostPath(project, post);

    public void MakeCold(Scenario scenario)
    {
        foreach (var folder in new[] { OutputFolder, cache, Path.Combine(project, "resources") })
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    public Measurement Build(Scenario scenario) =>
        TimedProcess.Run(program, ["--source", project, "--destination", OutputFolder, "--cacheDir", cache], OutputFolder);
}
