using System.Globalization;
using System.Text.Json;

namespace PhuocMy.Site.BrowserTests.Lighthouse;

/// <summary>An audit that cost its category points: its title and what Lighthouse found.</summary>
public sealed record LighthouseAudit(string Id, string Title, double? Score, double Weight, string? DisplayValue, IReadOnlyList<string> Where)
{
    public override string ToString()
    {
        var score = Score is { } value ? $"score {value.ToString("0.##", CultureInfo.InvariantCulture)}" : "error";
        var shown = string.IsNullOrEmpty(DisplayValue) ? "" : $", {DisplayValue}";
        var where = Where.Count == 0 ? "" : $"{Environment.NewLine}        at {string.Join($"{Environment.NewLine}        at ", Where)}";
        return $"{Id}: {Title} ({score}{shown}, weight {Weight.ToString("0.#", CultureInfo.InvariantCulture)}){where}";
    }
}

/// <summary>One of the four categories of a report: its score (0–1, null when an audit it weighs could not run).</summary>
public sealed record LighthouseCategory(string Id, string Title, double? Score, IReadOnlyList<LighthouseAudit> FailingAudits)
{
    public string ScoreText => Score is { } score ? Math.Round(score * 100).ToString(CultureInfo.InvariantCulture) : "no score";
}

/// <summary>What the caller needs from one Lighthouse result (LHR JSON): the form factor it ran as and each category.</summary>
public sealed record LighthouseReport(
    string FormFactor, string? RuntimeError, IReadOnlyList<string> RunWarnings, IReadOnlyDictionary<string, LighthouseCategory> Categories,
    IReadOnlyDictionary<string, double> Metrics)
{
    private const int PlacesShownPerAudit = 5;

    private static readonly string[] MetricIds =
        ["first-contentful-paint", "largest-contentful-paint", "speed-index", "total-blocking-time", "cumulative-layout-shift"];

    public static LighthouseReport Read(string jsonFile)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(jsonFile));
        var root = document.RootElement;
        var audits = root.GetProperty("audits");

        var categories = root.GetProperty("categories").EnumerateObject().ToDictionary(
            category => category.Name,
            category => new LighthouseCategory(
                category.Name,
                category.Value.GetProperty("title").GetString() ?? category.Name,
                NumberOrNull(category.Value.GetProperty("score")),
                FailingAudits(category.Value.GetProperty("auditRefs"), audits)));

        var metrics = MetricIds
            .Where(id => audits.TryGetProperty(id, out var audit) && audit.TryGetProperty("numericValue", out _))
            .ToDictionary(id => id, id => audits.GetProperty(id).GetProperty("numericValue").GetDouble());

        return new LighthouseReport(
            root.GetProperty("configSettings").GetProperty("formFactor").GetString() ?? "",
            root.TryGetProperty("runtimeError", out var error) ? $"{error.GetProperty("code")}: {error.GetProperty("message")}" : null,
            root.GetProperty("runWarnings").EnumerateArray().Select(warning => warning.GetString() ?? "").ToList(),
            categories,
            metrics);
    }

    /// <summary>The audits of a category that weigh in its score and did not pass, or could not run.</summary>
    private static List<LighthouseAudit> FailingAudits(JsonElement auditRefs, JsonElement audits) =>
        auditRefs.EnumerateArray()
            .Where(reference => reference.GetProperty("weight").GetDouble() > 0)
            .Select(reference => (Weight: reference.GetProperty("weight").GetDouble(), Audit: audits.GetProperty(reference.GetProperty("id").GetString()!)))
            .Where(entry => entry.Audit.GetProperty("scoreDisplayMode").GetString() == "error" || NumberOrNull(entry.Audit.GetProperty("score")) is < 1)
            .Select(entry => new LighthouseAudit(
                entry.Audit.GetProperty("id").GetString()!,
                entry.Audit.GetProperty("title").GetString() ?? "",
                NumberOrNull(entry.Audit.GetProperty("score")),
                entry.Weight,
                entry.Audit.TryGetProperty("displayValue", out var shown) ? shown.GetString()
                    : entry.Audit.TryGetProperty("errorMessage", out var message) ? message.GetString() : null,
                PlacesIn(entry.Audit)))
            .ToList();

    /// <summary>The elements or resources an audit names (its first few), so a failure says where to look.</summary>
    private static List<string> PlacesIn(JsonElement audit)
    {
        if (!audit.TryGetProperty("details", out var details) || !details.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
            return [];
        return items.EnumerateArray().Select(PlaceOf).OfType<string>().Take(PlacesShownPerAudit).ToList();
    }

    /// <summary>An element (its selector and opening tag) or a resource (its URL) a row of an audit's table names.</summary>
    private static string? PlaceOf(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
            return null;
        foreach (var value in item.EnumerateObject().Select(property => property.Value))
        {
            if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("type", out var type) && type.GetString() == "node")
                return $"{TextOf(value, "selector")} {TextOf(value, "snippet")}".Trim();
        }
        return item.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.String ? url.GetString() : null;
    }

    private static string TextOf(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";

    private static double? NumberOrNull(JsonElement value) => value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}
