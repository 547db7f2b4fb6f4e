using PhuocMy.Site.Features.DataTables;
using PhuocMy.Site.Features.Documents;
using PhuocMy.Site.Features.Editor;
using PhuocMy.Site.Features.ImageSizes;
using PhuocMy.Site.Features.Images;
using PhuocMy.Site.Features.Publication;
using PhuocMy.Site.Features.Publishing;
using PhuocMy.Site.Features.Redirects;
using PhuocMy.Site.Features.Schedule;
using PhuocMy.Site.Features.Search;
using PhuocMy.Site.Features.Syndication;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Quality;

namespace PhuocMy.Site.Composition;

/// <summary>
/// The composition root: the features and checks a standard build has, in the order they load. Images comes before
/// syndication: a post's photo is its sharing image, and pages left without one get a generated card.
/// </summary>
public static class StandardSite
{
    public static IReadOnlyList<ISiteFeature> Features()
    {
        ISiteFeature[] content =
        [
            new DataTablesFeature(), new DocumentsFeature(), new ScheduleFeature(), new LapsedPostsFeature(), new ImagesFeature(), new SyndicationFeature(),
            new SearchFeature(), new RedirectsFeature(), new ImageSizesFeature(),
            new EditorFeature(),
        ];
        // Last: it decides about the files no other feature reads.
        return [.. content, new PublishingFeature(content)];
    }

    public static SiteGenerator Generator() => new(Features(), PageChecks.All);
}
