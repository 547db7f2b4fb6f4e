using PhuocMy.Site.Features.DataTables;
using PhuocMy.Site.Features.Documents;
using PhuocMy.Site.Features.Publication;
using PhuocMy.Site.Features.Schedule;
using PhuocMy.Site.Features.Search;
using PhuocMy.Site.Features.Syndication;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Quality;

namespace PhuocMy.Site.Composition;

/// <summary>The composition root: the features and checks a standard build has, in the order they load.</summary>
public static class StandardSite
{
    public static IReadOnlyList<ISiteFeature> Features() =>
        [new DataTablesFeature(), new DocumentsFeature(), new ScheduleFeature(), new LapsedPostsFeature(), new SyndicationFeature(), new SearchFeature()];

    public static SiteGenerator Generator() => new(Features(), PageChecks.All);
}
