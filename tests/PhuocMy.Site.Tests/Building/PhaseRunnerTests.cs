using PhuocMy.Site.Caching;
using PhuocMy.Site.Composition;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Tests.Support;

namespace PhuocMy.Site.Tests.Building;

/// <summary>One loop runs the named phases in order; the timings table is that loop's own list.</summary>
public sealed class PhaseRunnerTests
{
    [Fact]
    public void A_build_times_every_generation_phase_once_in_order_and_tells_each_as_it_starts()
    {
        var started = new List<string>();
        var result = StandardSite.Generator().Generate(new TestSite().Post("a", "Tin A", "2020-07-15").Tree(), new GenerationOptions(), started.Add);
        Assert.True(result.Succeeded, TestSite.Describe(result));
        var titles = BuildPhases.Generation.Select(phase => phase.Title).ToList();
        Assert.Equal(titles, result.Timings.Select(t => t.Stage));
        Assert.Equal(titles, started);
    }

    [Fact]
    public void A_phase_that_stops_the_build_is_the_last_one_timed()
    {
        var result = StandardSite.Generator().Generate(new TestSite("title: [").Tree(), new GenerationOptions());
        Assert.False(result.Succeeded);
        Assert.Equal([BuildPhases.Generation[0].Title], result.Timings.Select(t => t.Stage));
    }

    [Fact]
    public void Reading_what_a_phase_has_not_made_yet_names_that_phase()
    {
        var state = StandardSite.Generator().NewState(new GenerationOptions(), CacheSession.None());
        Assert.Contains("'plan'", Assert.Throws<InvalidOperationException>(() => state.Plans).Message);
    }
}
