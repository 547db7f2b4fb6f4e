namespace PhuocMy.Site.Benchmarks.Comparison;

/// <summary>What changed since the previous build, in the order a round runs them.</summary>
public enum Scenario
{
    /// <summary>Ours only: empty output, <c>--no-cache</c> (neither reads nor writes a cache).</summary>
    ColdWithoutCache,

    /// <summary>Empty output, no cache (ours then writes one).</summary>
    Cold,

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

    public static bool OursOnly(this Scenario scenario) => scenario == Scenario.ColdWithoutCache;

    public static string Label(this Scenario scenario) => scenario switch
    {
        Scenario.ColdWithoutCache => "(a′) cold, `--no-cache` (ours only)",
        Scenario.Cold => "(a) cold",
        Scenario.NoOp => "(b) no-op rebuild",
        Scenario.BodyEdit => "(c) one post's body edited",
        Scenario.TitleEdit => "(d) one post's title edited",
        Scenario.PartialEdit => "(e) listing partial edited",
        _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
    };
}
