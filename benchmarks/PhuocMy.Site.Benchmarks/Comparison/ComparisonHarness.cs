namespace PhuocMy.Site.Benchmarks.Comparison;

/// <summary>
/// For each N: writes the same corpus for both generators, then runs rounds of scenarios (a)–(e). Within a round
/// each scenario is built by both generators one after the other, and which one goes first alternates between
/// rounds, so a change in the machine's load falls on both.
/// </summary>
public sealed class ComparisonHarness(string repositoryInput, Func<string, IReadOnlyList<IGeneratorUnderTest>> generatorsIn, TextWriter log)
{
    public IReadOnlyList<RunRecord> Run(string work, IReadOnlyList<int> postCounts, int rounds)
    {
        var records = new List<RunRecord>();
        foreach (var posts in postCounts)
        {
            var folder = Path.Combine(work, $"n{posts}");
            var generators = generatorsIn(folder);
            var corpus = SyntheticCorpus.Create(repositoryInput, posts);
            foreach (var generator in generators) generator.Prepare(corpus);
            log.WriteLine($"N = {posts}: {corpus.Posts.Count} posts, {corpus.PostsWithCharts} with charts, written for {string.Join(" and ", generators.Select(g => g.Name))} under {folder}");

            var edited = corpus.Posts[corpus.Posts.Count / 2];
            var originals = generators
                .SelectMany(g => new[] { g.PostFile(edited), g.PostCardPartial })
                .ToDictionary(path => path, File.ReadAllText);

            for (var round = 1; round <= rounds; round++)
            {
                foreach (var (path, text) in originals) File.WriteAllText(path, text);
                var order = round % 2 == 1 ? generators : generators.Reverse().ToList();
                foreach (var scenario in Scenarios.InRoundOrder)
                {
                    foreach (var generator in generators) Apply(scenario, generator, edited);
                    foreach (var generator in order.Where(g => !scenario.OursOnly() || g is OurGenerator))
                    {
                        var measurement = generator.Build(scenario);
                        if (scenario != Scenario.ColdWithoutCache) Verify(scenario, generator, edited);
                        records.Add(new RunRecord(posts, scenario, generator.Name, round, measurement));
                        log.WriteLine($"  N={posts} round {round} {scenario.Label()} {generator.Name}: {measurement.WallSeconds:0.00} s wall, {measurement.CpuSeconds:0.00} s CPU, " +
                                      $"{measurement.PeakRssKiB / 1024} MiB, {measurement.Pages} pages, load {measurement.LoadAverage:0.0} | {measurement.Summary}");
                    }
                }
            }
            Directory.Delete(folder, recursive: true);
        }
        return records;
    }

    private static void Apply(Scenario scenario, IGeneratorUnderTest generator, SyntheticPost edited)
    {
        switch (scenario)
        {
            case Scenario.ColdWithoutCache:
            case Scenario.Cold:
                generator.MakeCold(scenario);
                break;
            case Scenario.BodyEdit:
                Edit(generator.PostFile(edited), CorpusEdits.AddParagraphNearEnd);
                break;
            case Scenario.TitleEdit:
                Edit(generator.PostFile(edited), CorpusEdits.EditTitle);
                break;
            case Scenario.PartialEdit:
                Edit(generator.PostCardPartial, CorpusEdits.EditPostCard);
                break;
        }
    }

    private static void Edit(string path, Func<string, string> edit) => File.WriteAllText(path, edit(File.ReadAllText(path)));

    /// <summary>The edit reached the output, so no scenario times a build that missed it.</summary>
    private static void Verify(Scenario scenario, IGeneratorUnderTest generator, SyntheticPost edited)
    {
        var (page, expected) = scenario switch
        {
            Scenario.BodyEdit => ($"tin-tuc/{edited.Slug}/index.html", CorpusEdits.AddedParagraph),
            Scenario.TitleEdit => ($"tin-tuc/{edited.Slug}/index.html", CorpusEdits.TitleSuffix.Trim()),
            Scenario.PartialEdit => ("tin-tuc/index.html", "post-card-edited"),
            _ => ($"tin-tuc/{edited.Slug}/index.html", edited.Title),
        };
        var path = Path.Combine(generator.OutputFolder, page);
        if (!File.Exists(path) || !File.ReadAllText(path).Contains(expected, StringComparison.Ordinal))
            throw new InvalidOperationException($"{generator.Name}: after {scenario.Label()}, {path} does not show \"{expected}\".");
    }
}
