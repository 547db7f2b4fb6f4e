using PhuocMy.Site.Content;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Features.LapsedPosts;

/// <summary>
/// Pages for lapsed posts (past their <c>expires:</c>). The site model keeps them out of every listing; their own
/// page stays, saying the notice no longer applies, so links shared earlier and links from other posts still work.
/// </summary>
public sealed class LapsedPostsFeature : ISiteFeature
{
    public string Name => "lapsed-posts";

    public bool Owns(SourceFile file) => false;

    public ILoadedFeature Load(SourceTree tree, SiteSettings settings, DiagnosticBag diagnostics) => new Loaded();

    private sealed class Loaded : ILoadedFeature
    {
        public FeatureOutput ParseContent(ContentContext context) => new() { Planners = [new LapsedPostsPlanner()] };
    }
}
