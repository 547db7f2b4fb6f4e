using PhuocMy.Site.Content;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Features.Search;

/// <summary>
/// Tìm kiếm: the page <c>/tim-kiem/</c> and, after every page is rendered, the static index search.js reads
/// (<c>PhuocMy.Site.Search</c>). Posts, pages, documents and data tables are indexed from their rendered text, so a
/// reader finds what the page shows; each page's words are kept in the build cache by the page's content hash.
/// </summary>
public sealed class SearchFeature : ISiteFeature
{
    public string Name => "search";

    /// <summary>Reads no files of its own: the page is a theme layout, the index comes from the finished site.</summary>
    public bool Owns(SourceFile file) => false;

    public ILoadedFeature Load(SourceTree tree, SiteSettings settings, DiagnosticBag diagnostics) => new Loaded();

    private sealed class Loaded : ILoadedFeature
    {
        public FeatureOutput ParseContent(ContentContext context) => new()
        {
            Planners = [new SearchPagePlanner()],
            AfterRender = [new SearchIndexGenerator()],
        };
    }
}
