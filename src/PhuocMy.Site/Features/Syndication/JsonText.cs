using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PhuocMy.Site.Features.Syndication;

/// <summary>
/// JSON as this site writes it: Vietnamese letters and "+07:00" as they are, not as \u escapes. Inside an HTML
/// &lt;script&gt; element every "&lt;" is escaped, so no text can close the element.
/// </summary>
public static class JsonText
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    private static readonly JsonSerializerOptions Compact = new(Readable) { WriteIndented = false };

    /// <summary>A JSON file: indented, UTF-8 without BOM.</summary>
    public static byte[] Utf8(JsonNode node) => JsonSerializer.SerializeToUtf8Bytes(node, Readable);

    /// <summary>
    /// One line of JSON to place in <c>&lt;script type="application/ld+json"&gt;</c>. "&lt;" can only occur inside
    /// JSON strings, where "\u003C" means the same character.
    /// </summary>
    public static string ForScript(JsonNode node) => node.ToJsonString(Compact).Replace("<", "\\u003C", StringComparison.Ordinal);

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
