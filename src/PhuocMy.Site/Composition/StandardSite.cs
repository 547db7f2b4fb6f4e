using PhuocMy.Site.Features.DataTables;
using PhuocMy.Site.Features.Documents;
using PhuocMy.Site.Features.Editor;
using PhuocMy.Site.Features.Images;
using PhuocMy.Site.Features.LapsedPosts;
using PhuocMy.Site.Features.StaticFiles;
using PhuocMy.Site.Features.Redirects;
using PhuocMy.Site.Features.Schedule;
using PhuocMy.Site.Features.Search;
using PhuocMy.Site.Features.Syndication;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Quality;

namespace PhuocMy.Site.Composition;

/// <summary>
/// The composition root: the features and checks a standard build has. The order they run in is not this list's:
/// each feature declares what it runs after (<see cref="ISiteFeature.RunsAfter"/>) and <see cref="FeatureOrder"/> derives it.
/// </summary>
public static class StandardSite
{
    public static IReadOnlyList<ISiteFeature> Features()
    {
        ISiteFeature[] content =
        [
            new DataTablesFeature(), new DocumentsFeature(), new ScheduleFeature(), new LapsedPostsFeature(), new ImagesFeature(), new SyndicationFeature(),
            new SearchFeature(), new RedirectsFeature(), new EditorFeature(),
        ];
        // It decides about the files no other feature reads, so it is told which those are (and runs after them all).
        return [.. content, new StaticFilesFeature(content)];
    }

    public static SiteGenerator Generator() => new(Features(), PageChecks.All);
}
