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
            var postFiles = generators.Select(g => g.PostFile(edited)).Distinct().ToList();
            var partials = generators.Select(g => g.PostCardPartial).Distinct().ToList();
            var originals = postFiles.Concat(partials).ToDictionary(path => path, File.ReadAllText);

            for (var round = 1; round <= rounds; round++)
            {
                foreach (var (path, text) in originals) File.WriteAllText(path, text);
                var order = round % 2 == 1 ? generators : generators.Reverse().ToList();
                foreach (var scenario in Scenarios.InRoundOrder)
                {
                    var taking = order.Where(g => g.Runs(scenario)).ToList();
                    Apply(scenario, taking, postFiles, partials);
                    foreach (var generator in taking)
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

    /// <summary>Empties the outputs of the generators taking part in a cold scenario, or edits each generator's copy once.</summary>
    private static void Apply(Scenario scenario, IReadOnlyList<IGeneratorUnderTest> taking, IReadOnlyList<string> postFiles, IReadOnlyList<string> partials)
    {
        if (scenario.IsCold())
        {
            foreach (var generator in taking) generator.MakeCold(scenario);
            return;
        }
        (IReadOnlyList<string> Files, Func<string, string> Edit) change = scenario switch
        {
            Scenario.BodyEdit => (postFiles, CorpusEdits.AddParagraphNearEnd),
            Scenario.TitleEdit => (postFiles, CorpusEdits.EditTitle),
            Scenario.PartialEdit => (partials, CorpusEdits.EditPostCard),
            _ => ([], text => text),
        };
        var (files, edit) = change;
        foreach (var path in files) File.WriteAllText(path, edit(File.ReadAllText(path)));
    }

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
