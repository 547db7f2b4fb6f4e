using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace PhuocMy.Site.Features.Syndication;

/// <summary>
/// JSON as this site writes it: Vietnamese letters as they are (not \u escapes), while &lt; &gt; &amp; ' are still
/// escaped, so the same text is safe inside an HTML &lt;script&gt; element.
/// </summary>
public static class JsonText
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = true,
    };

    public static readonly JsonSerializerOptions Compact = new(Options) { WriteIndented = false };

    public static byte[] Utf8(JsonNode node) => JsonSerializer.SerializeToUtf8Bytes(node, Options);

    /// <summary>Only the values that are present: a missing phone number is left out, not written as null.</summary>
    public static JsonObject Object(params (string Key, JsonNode? Value)[] properties)
    {
        var result = new JsonObject();
        foreach (var (key, value) in properties)
            if (value is not null) result[key] = value;
        return result;
    }

    public static JsonNode? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : JsonValue.Create(value);

    public static JsonArray Array(IEnumerable<JsonNode?> items) => new([.. items.Where(i => i is not null)]);
}
