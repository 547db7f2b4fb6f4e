using PhuocMy.Site.Caching;
using PhuocMy.Site.Pipeline.Live;
using PhuocMy.Site.Quality;
using PhuocMy.Site.SiteModel;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Pipeline;

/// <summary>
/// The whole build in memory (<see cref="BuildPhases.Generation"/>): nothing touches the disk here, so whole-site tests
/// run on an in-memory tree and a failed build can never damage the previous output. The features are put in the
/// order their declarations require (<see cref="FeatureOrder"/>), once.
/// </summary>
public sealed class SiteGenerator(IReadOnlyList<ISiteFeature> features, IReadOnlyList<IPageCheck> pageChecks)
{
    private readonly IReadOnlyList<ISiteFeature> ordered = FeatureOrder.Resolve(features);

    /// <param name="cache">What the last build made, to reuse what is still valid; none by default.</param>
    public GenerationResult Generate(SourceTree tree, GenerationOptions options, Action<string>? onStageStart = null, CacheSession? cache = null)
    {
        var state = NewState(options, cache ?? CacheSession.None());
        state.Tree = tree;
        var runner = new PhaseRunner(onStageStart);
        runner.Run(BuildPhases.Generation, state);
        return Result(state, runner.Timings);
    }

    /// <summary>A fresh state for one build with this generator's features and checks.</summary>
    public BuildState NewState(GenerationOptions options, CacheSession cache) => new(options, cache, ordered, pageChecks);

    /// <summary>What a build's phases made, as its caller sees it: the files only when there was no error.</summary>
    public static GenerationResult Result(BuildState state, IReadOnlyList<StageTiming> timings)
    {
        var failed = state.Diagnostics.HasErrors;
        return new GenerationResult(failed ? [] : state.Files, state.Diagnostics.ToList(), timings)
        {
            Cache = state.Cache,
            Publication = failed ? PublicationReport.Empty : state.Site.Publication,
            Live = failed || !state.Options.KeepLiveSite ? null : new LiveSite(state.Tree, state.PostParser, state.Plans, state.Renderer, state.Cache.Step(CacheSections.Render).Kept),
        };
    }
}
