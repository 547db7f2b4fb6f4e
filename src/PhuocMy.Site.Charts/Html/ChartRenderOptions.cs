namespace PhuocMy.Site.Charts;

/// <summary>Per-instance settings of a rendered chart.</summary>
/// <param name="CsvUrl">Link target of "Tải số liệu (CSV)".</param>
/// <param name="IdPrefix">Prefix of every id in the figure; must be unique on the page (a page may show a table twice).</param>
public sealed record ChartRenderOptions(string CsvUrl, string IdPrefix);
