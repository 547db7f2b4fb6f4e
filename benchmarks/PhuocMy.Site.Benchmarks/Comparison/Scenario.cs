namespace PhuocMy.Site.Benchmarks.Comparison;

/// <summary>What changed since the previous build, in the order a round runs them.</summary>
public enum Scenario
{
    /// <summary>Ours only: empty output, <c>--no-cache</c> (neither reads nor writes a cache); the table sets it against Hugo's (a).</summary>
    ColdWithoutCache,

    /// <summary>Empty output, no cache (ours then writes one).</summary>
    Cold,

    /// <summary>
    /// Hugo only: (a) without the related-content block, whose search dominates Hugo's build on this corpus; the
    /// table sets it against our (a).
    /// </summary>
    ColdWithoutRelated,

    /// <summary>Nothing changed since the previous build.</summary>
    NoOp,

    /// <summary>One post's body: a paragraph added before its last one.</summary>
    BodyEdit,

    /// <summary>One post's title.</summary>
    TitleEdit,

    /// <summary>The post-card partial every listing uses.</summary>
    PartialEdit,
}

public static class Scenarios
{
    public static IReadOnlyList<Scenario> InRoundOrder { get; } = Enum.GetValues<Scenario>();

    /// <summary>Scenarios that make the output folder empty first.</summary>
    public static bool IsCold(this Scenario scenario) => scenario is Scenario.Cold or Scenario.ColdWithoutCache or Scenario.ColdWithoutRelated;

    public static string Label(this Scenario scenario) => scenario switch
    {
        Scenario.ColdWithoutCache => "(a′) cold, ours with `--no-cache`",
        Scenario.Cold => "(a) cold",
        Scenario.ColdWithoutRelated => "(a″) cold, Hugo without related posts",
        Scenario.NoOp => "(b) no-op rebuild",
        Scenario.BodyEdit => "(c) one post's body edited",
        Scenario.TitleEdit => "(d) one post's title edited",
        Scenario.PartialEdit => "(e) listing partial edited",
        _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
    };
}
