namespace PhuocMy.Site.Benchmarks.Comparison;

/// <summary>
/// Hugo as users run it: <c>hugo --source … --destination …</c>. Hugo keeps no build state between runs, so every
/// scenario after (a) is a full build into the same destination folder. The same project serves a second
/// variant, built with <c>--environment no-related</c> (no related-content block) into its own folder for (a″).
/// </summary>
public sealed class HugoGenerator : IGeneratorUnderTest
{
    public const string MainName = "Hugo";
    public const string WithoutRelatedName = "Hugo without related content";

    private readonly string program;
    private readonly string hugoTemplate;
    private readonly string repositoryTheme;
    private readonly string project;
    private readonly string cache;
    private readonly bool withoutRelated;
    private readonly bool writesProject;

    private HugoGenerator(string program, string hugoTemplate, string repositoryTheme, string work, bool withoutRelated, bool writesProject)
    {
        this.writesProject = writesProject;
        this.program = program;
        this.hugoTemplate = hugoTemplate;
        this.repositoryTheme = repositoryTheme;
        this.withoutRelated = withoutRelated;
        project = Path.Combine(work, "site");
        cache = Path.Combine(work, withoutRelated ? "cache-no-related" : "cache");
        OutputFolder = Path.Combine(work, withoutRelated ? "public-no-related" : "public");
    }

    /// <summary>The Hugo the table compares with, and the same project without its related-content block.</summary>
    public static IReadOnlyList<HugoGenerator> Both(string program, string hugoTemplate, string repositoryTheme, string work) =>
    [
        new(program, hugoTemplate, repositoryTheme, work, withoutRelated: false, writesProject: true),
        new(program, hugoTemplate, repositoryTheme, work, withoutRelated: true, writesProject: false),
    ];

    /// <summary>
    /// Only the project without its related-content block, the one the targets compare with: for corpora where Hugo's
    /// related-content search alone would take most of the run (30,000 posts), and its other scenarios are full builds anyway.
    /// </summary>
    public static IReadOnlyList<HugoGenerator> WithoutRelatedOnly(string program, string hugoTemplate, string repositoryTheme, string work) =>
        [new(program, hugoTemplate, repositoryTheme, work, withoutRelated: true, writesProject: true)];

    public string Name => withoutRelated ? WithoutRelatedName : MainName;
    public string OutputFolder { get; }
    public string PostCardPartial => HugoProject.PartialPath(project, "post-card.html");

    public bool Runs(Scenario scenario) =>
        withoutRelated ? scenario == Scenario.ColdWithoutRelated : scenario is not (Scenario.ColdWithoutCache or Scenario.ColdWithoutRelated);

    /// <summary>Both variants build the same project: only the first writes it.</summary>
    public void Prepare(SyntheticCorpus corpus)
    {
        if (writesProject) HugoProject.Write(corpus, hugoTemplate, repositoryTheme, project);
    }

    public string PostFile(SyntheticPost post) => HugoProject.PostPath(project, post);

    public void MakeCold(Scenario scenario)
    {
        foreach (var folder in new[] { OutputFolder, cache, Path.Combine(project, "resources") })
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    public Measurement Build(Scenario scenario) =>
        TimedProcess.Run(program, ["--source", project, "--destination", OutputFolder, "--cacheDir", cache, .. withoutRelated ? ["--environment", "no-related"] : Array.Empty<string>()], OutputFolder);
}
