namespace PhuocMy.Site.Charts;

/// <summary>One series of numbers (a column of the table), e.g. "Năm 2019".</summary>
/// <param name="Name">Shown in the legend, the table header and the CSV header.</param>
/// <param name="Key">Optional stable slug, used for the CSS class <c>chart-series-{Key}</c>.</param>
/// <param name="Pattern">Fill pattern so that series can be told apart without colour.</param>
public sealed record DataSeries(string Name, string? Key, SeriesPattern Pattern);
