using PhuocMy.Site.Composition;
using PhuocMy.Site.Content;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Tests.Building;

/// <summary>The order features run in comes from what each declares, not from the order they are listed in.</summary>
public sealed class FeatureOrderTests
{
    private sealed class Named(string name, params string[] after) : ISiteFeature
    {
        public string Name => name;
        public IReadOnlyList<string> RunsAfter => after;
        public bool Owns(SourceFile file) => false;
        public ILoadedFeature Load(SourceTree tree, SiteSettings settings, DiagnosticBag diagnostics) => throw new InvalidOperationException("not loaded in these tests");
    }

    private static IEnumerable<string> Names(IEnumerable<ISiteFeature> features) => features.Select(f => f.Name);

    [Fact]
    public void A_feature_runs_after_the_ones_it_names_and_otherwise_in_the_order_of_names()
    {
        var ordered = FeatureOrder.Resolve([new Named("c"), new Named("a", "d"), new Named("d"), new Named("b")]);
        Assert.Equal(["b", "c", "d", "a"], Names(ordered));
    }

    [Fact]
    public void The_listed_order_does_not_matter()
    {
        ISiteFeature[] features = [new Named("x", "y"), new Named("y"), new Named("z", FeatureOrder.AllOthers)];
        Assert.Equal(Names(FeatureOrder.Resolve(features)), Names(FeatureOrder.Resolve(features.Reverse())));
        Assert.Equal(["y", "x", "z"], Names(FeatureOrder.Resolve(features)));
    }

    [Fact]
    public void A_cycle_an_unknown_name_and_a_name_used_twice_are_refused_by_name()
    {
        Assert.Contains("cycle", Assert.Throws<InvalidOperationException>(() => FeatureOrder.Resolve([new Named("a", "b"), new Named("b", "a")])).Message);
        Assert.Contains("'nowhere'", Assert.Throws<InvalidOperationException>(() => FeatureOrder.Resolve([new Named("a", "nowhere")])).Message);
        Assert.Contains("'a'", Assert.Throws<InvalidOperationException>(() => FeatureOrder.Resolve([new Named("a"), new Named("a")])).Message);
    }

    [Fact]
    public void The_standard_site_puts_images_before_syndication_and_static_files_last()
    {
        var names = Names(FeatureOrder.Resolve(StandardSite.Features())).ToList();
        Assert.True(names.IndexOf("images") < names.IndexOf("syndication"), string.Join(", ", names));
        Assert.Equal("static-files", names[^1]);
    }
}
