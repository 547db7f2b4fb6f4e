using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PhuocMy.Site.Charts.Loading;

/// <summary>Builds a <see cref="DataTable"/> from a JSON document that already passed the schema.</summary>
internal static class DataTableReader
{
    private static readonly SeriesPattern[] DefaultPatterns = Enum.GetValues<SeriesPattern>();

    public static DataTable Read(JsonElement root)
    {
        ChartTypeNames.TryParse(root.GetProperty("chart").GetString()!, out var chart);
        var series = ReadSeries(root);
        return new DataTable
        {
            Id = root.GetProperty("id").GetString()!,
            Title = Text(root, "title")!,
            Subtitle = Text(root, "subtitle"),
            Unit = Text(root, "unit")!,
            Scale = Text(root, "scale"),
            Source = Text(root, "source"),
            Note = Text(root, "note"),
            Date = ReadDate(root),
            Sample = root.TryGetProperty("sample", out var sample) && sample.GetBoolean(),
            Chart = chart,
            LabelHeader = Text(root, "labelHeader") ?? "Hạng mục",
            Series = series,
            Rows = root.GetProperty("rows").EnumerateArray().Select(ReadRow).ToList(),
        };
    }

    private static List<DataSeries> ReadSeries(JsonElement root)
    {
        if (!root.TryGetProperty("series", out var array))
        {
            return [new DataSeries("Giá trị", null, SeriesPattern.Solid)];
        }
        return array.EnumerateArray()
            .Select((s, i) => new DataSeries(
                Text(s, "name")!,
                Text(s, "key"),
                Text(s, "pattern") is { } pattern
                    ? Enum.Parse<SeriesPattern>(pattern, ignoreCase: true)
                    : DefaultPatterns[i % DefaultPatterns.Length]))
            .ToList();
    }

    private static DataRow ReadRow(JsonElement row)
    {
        var values = row.TryGetProperty("values", out var array)
            ? array.EnumerateArray().Select(v => v.GetDecimal()).ToList()
            : row.TryGetProperty("value", out var single) ? [single.GetDecimal()] : [];
        decimal? target = row.TryGetProperty("target", out var t) ? t.GetDecimal() : null;
        return new DataRow(Text(row, "label")!, values, target, Text(row, "targetLabel"));
    }

    private static DateOnly? ReadDate(JsonElement root) =>
        Text(root, "date") is { } text
        && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    // Staff type in many editors; NFC keeps "ệ" one code point so comparisons and widths are stable.
    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.GetString()?.Trim().Normalize(NormalizationForm.FormC) : null;
}
