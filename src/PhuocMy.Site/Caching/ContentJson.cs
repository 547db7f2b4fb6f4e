using System.Text.Json;
using System.Text.Json.Serialization;

namespace PhuocMy.Site.Caching;

/// <summary>
/// Parsed content as JSON for the cache. Every field of a post or page is kept, so a field added to the model is
/// cached without further code; front matter values come back as the plain values YAML gave (text, number, yes/no,
/// lists, mappings).
/// </summary>
public static class ContentJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new PlainValueConverter() },
        // Only ever read back by this program: no need to escape HTML, which makes bodies larger and slower to read.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    public static T Read<T>(ReadOnlySpan<byte> json) => JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException("null content");

    private sealed class PlainValueConverter : JsonConverter<object>
    {
        public override bool HandleNull => true;

        public override object? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Null: return null;
                case JsonTokenType.True: return true;
                case JsonTokenType.False: return false;
                case JsonTokenType.String: return reader.GetString();
                case JsonTokenType.Number: return reader.TryGetInt64(out var whole) ? (object)whole : reader.GetDecimal();
                case JsonTokenType.StartArray:
                    var list = new List<object?>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) list.Add(Read(ref reader, typeToConvert, options));
                    return list;
                case JsonTokenType.StartObject:
                    var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                    {
                        var key = reader.GetString()!;
                        reader.Read();
                        map[key] = Read(ref reader, typeToConvert, options);
                    }
                    return map;
                default: throw new JsonException($"unexpected {reader.TokenType}");
            }
        }

        public override void Write(Utf8JsonWriter writer, object? value, JsonSerializerOptions options)
        {
            if (value is null) writer.WriteNullValue();
            else if (value.GetType() == typeof(object)) { writer.WriteStartObject(); writer.WriteEndObject(); }
            else JsonSerializer.Serialize(writer, value, value.GetType(), options);
        }
    }
}
