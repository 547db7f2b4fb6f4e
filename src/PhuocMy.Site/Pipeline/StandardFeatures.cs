using PhuocMy.Site.Features.DataTables;
using PhuocMy.Site.Features.Documents;
using PhuocMy.Site.Features.Schedule;

namespace PhuocMy.Site.Pipeline;

/// <summary>The features a standard build has, in the order they load. Each build gets fresh instances.</summary>
public static class StandardFeatures
{
    public static IReadOnlyList<ISiteFeature> Default() => [new DataTablesFeature(), new DocumentsFeature(), new ScheduleFeature()];
}
