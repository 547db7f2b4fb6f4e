using PhuocMy.Site.SiteModel;

namespace PhuocMy.Site.Planning;

/// <summary>Lưu trữ: an index with counts per year and month, and a paginated listing per year and per month.</summary>
public sealed class ArchivePlanner : IPagePlanner
{
    public IEnumerable<PlannedPage> Plan(Website site)
    {
        var archive = new Crumb("Lưu trữ", Routes.Archive);
        var index = PlanContext.Meta(site, "archive-index", "Lưu trữ tin bài", "Tin bài theo năm và tháng", Routes.Archive, archive);
        yield return new PlannedPage(index, "archive", new Dictionary<string, object?> { ["years"] = site.Years });

        foreach (var year in site.Years)
        {
            var yearCrumb = new Crumb($"Năm {year.Year}", year.Url);
            var values = new Dictionary<string, object?> { ["heading"] = $"Tin bài năm {year.Year}", ["intro"] = null, ["archive_year"] = year };
            foreach (var page in PlanContext.Listing(site, "archive", $"Tin bài năm {year.Year}", $"Lưu trữ tin bài năm {year.Year}", year.Posts,
                         n => Routes.Year(year.Year, n), values, [archive, yearCrumb]))
                yield return page;

            foreach (var month in year.Months)
            {
                var title = $"Tin bài tháng {month.Month}/{month.Year}";
                var monthValues = new Dictionary<string, object?> { ["heading"] = title, ["intro"] = null };
                foreach (var page in PlanContext.Listing(site, "archive", title, $"Lưu trữ tin bài tháng {month.Month}/{month.Year}", month.Posts,
                             n => Routes.Month(month.Year, month.Month, n), monthValues, [archive, yearCrumb, new Crumb($"Tháng {month.Month}", month.Url)]))
                    yield return page;
            }
        }
    }
}
