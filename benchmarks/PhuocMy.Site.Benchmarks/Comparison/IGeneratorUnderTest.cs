namespace PhuocMy.Site.Benchmarks.Comparison;

/// <summary>A static site generator as the comparison drives it: its own copy of the corpus, built as a fresh process.</summary>
public interface IGeneratorUnderTest
{
    string Name { get; }

    /// <summary>Whether this generator takes part in a scenario.</summary>
    bool Runs(Scenario scenario);

    /// <summary>Where the pages go; the relative path of a page is the same for every generator.</summary>
    string OutputFolder { get; }

    /// <summary>Writes the corpus, theme and configuration in this generator's format.</summary>
    void Prepare(SyntheticCorpus corpus);

    string PostFile(SyntheticPost post);

    /// <summary>The partial that draws a post in every listing.</summary>
    string PostCardPartial { get; }

    /// <summary>Removes the output and every cache, so the next build starts cold.</summary>
    void MakeCold(Scenario scenario);

    Measurement Build(Scenario scenario);
}
