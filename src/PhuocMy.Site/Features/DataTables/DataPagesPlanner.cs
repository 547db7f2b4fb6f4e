using PhuocMy.Site.Charts;
using PhuocMy.Site.Planning;
using PhuocMy.Site.SiteModel;

namespace PhuocMy.Site.Features.DataTables;

/// <summary>The Số liệu section: an index of every table with its chart, and one page per table.</summary>
public sealed class DataPagesPlanner(LoadedDataTables feature) : IPagePlanner
{
    public IEnumerable<PlannedPage> Plan(Website site)
    {
        var section = new Crumb("Số liệu", DataTablesFeature.IndexUrl);
        var tables = feature.Publish(site);
        // Each table is drawn once: its id prefix is unique on the index and on its own page alike.
        var views = tables.ToDictionary(t => t.Id, t => View(t, "bieu-do-" + t.Id + "-"));
        var index = PlanContext.Meta(site, "data-index", "Số liệu", "Các bảng số liệu của phường, kèm biểu đồ và tệp CSV để tải về.", DataTablesFeature.IndexUrl, section);
        yield return new PlannedPage(index, "data-index",
            new Dictionary<string, object?> { ["tables"] = tables.Select(t => views[t.Id]).ToList() });

        foreach (var table in tables)
        {
            var url = DataTablesFeature.PageUrl(table);
            var meta = PlanContext.Meta(site, "data-table", table.Title, table.Subtitle ?? table.Title, url, section, new Crumb(table.Title, url)) with { Sample = table.Sample };
            yield return new PlannedPage(meta, "data-table", new Dictionary<string, object?> { ["table"] = views[table.Id] }) { Origin = feature.SourceOf(table) };
        }
    }

    private static DataTableView View(DataTable table, string idPrefix) =>
        new(table.Title, table.Subtitle, DataTablesFeature.PageUrl(table), DataTablesFeature.CsvUrl(table), table.Source, table.Note, table.Sample,
            ChartHtml.Render(table, new ChartRenderOptions(DataTablesFeature.CsvUrl(table), idPrefix)));
}
