using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PhuocMy.Site.Diagnostics;
using Tomlyn;
using Tomlyn.Model;

namespace PhuocMy.Site.Content;

/// <summary>
/// Hugo's front matter in TOML, between two <c>+++</c> lines (<c>title = "Tin"</c>). Tomlyn reads it; each top-level key
/// is then written as one YAML line at the line where the author wrote it, so the rest of the build reads one format and
/// every message still names the author's line.
/// </summary>
public static partial class TomlFrontMatter
{
    public const string Fence = "+++";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="firstLine">Line in the file of the TOML text's first line.</param>
    /// <returns>Equivalent YAML with the same number of lines, or null after reporting why the TOML cannot be read.</returns>
    public static string? ToYaml(string displayPath, string toml, int firstLine, DiagnosticBag diagnostics)
    {
        TomlTable table;
        try
        {
            table = TomlSerializer.Deserialize<TomlTable>(toml) ?? new TomlTable();
        }
        catch (TomlException e)
        {
            var line = e.Line is { } tomlLine ? firstLine + tomlLine - 1 : firstLine;
            var detail = Position().Replace(e.Message.Split('\n')[0], "");
            diagnostics.Error(displayPath, line, $"Phần khai báo TOML (giữa hai dòng {Fence}) viết chưa đúng ở dòng này (chi tiết: {detail}).",
                "Mỗi dòng một khóa: title = \"Tiêu đề trong ngoặc kép\", date = 2020-07-15, tags = [\"một\", \"hai\"]. Hoặc đổi sang YAML giữa hai dòng '---'.");
            return null;
        }

        var lines = toml.Split('\n');
        var yaml = new string[lines.Length];
        Array.Fill(yaml, "");
        var written = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            var match = TopLevelKey().Match(lines[i]);
            if (!match.Success) continue;
            var key = match.Groups["key"].Value.Trim('"', '\'');
            if (!written.Add(key) || !table.TryGetValue(key, out var value)) continue;
            yaml[i] = $"{Quote(key)}: {ToJson(value)?.ToJsonString(Json) ?? "null"}";
        }
        return string.Join('\n', yaml);
    }

    private static string Quote(string key) => PlainKey().IsMatch(key) ? key : JsonSerializer.Serialize(key, Json);

    private static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        string text => JsonValue.Create(text),
        bool flag => JsonValue.Create(flag),
        long number => JsonValue.Create(number),
        double number => JsonValue.Create(number.ToString("R", CultureInfo.InvariantCulture)),
        TomlDateTime date => JsonValue.Create(date.ToString()),
        TomlTable nested => new JsonObject(nested.Select(kv => KeyValuePair.Create(kv.Key, ToJson(kv.Value)))),
        TomlTableArray tables => new JsonArray(tables.Select(t => ToJson(t)).ToArray()),
        TomlArray array => new JsonArray(array.Select(ToJson).ToArray()),
        _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    // A key at the start of a line ("title =", "params.x =") or a table header ("[params]", "[[menu]]").
    [GeneratedRegex(@"^\s*(?:\[\[?\s*)?(?<key>[A-Za-z0-9_-]+|""[^""]*""|'[^']*')\s*[=.\]]")]
    private static partial Regex TopLevelKey();

    // Tomlyn's "(1,26) : error : " prefix; the line is given separately.
    [GeneratedRegex(@"^.*?:\s*error\s*:\s*")]
    private static partial Regex Position();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_-]*$")]
    private static partial Regex PlainKey();
}
