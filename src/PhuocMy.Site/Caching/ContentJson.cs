using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

using PhuocMy.Site.Content;
using PhuocMy.Site.Dependencies;

namespace PhuocMy.Site.Caching;

/// <summary>
/// Parsed content as JSON for the cache. Every field of a post or page is kept, so a field added to the model is
/// cached without further code; front matter values come back as the plain values YAML gave (text, number, yes/no,
/// lists, mappings). A post's body (<see cref="BodyText"/>) is written as its hash only: the parse cache keeps its
/// text in an entry of its own, read only when a page draws it.
/// </summary>
public static class ContentJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new PlainValueConverter(), new BodyHashConverter() },
        // Only ever read back by this program: no need to escape HTML, which makes bodies larger and slower to read.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    public static T Read<T>(ReadOnlySpan<byte> json) => JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException("null content");

    /// <summary>A body as its hash; it reads back as a body whose text the parse cache gives it.</summary>
    private sealed class BodyHashConverter : JsonConverter<BodyText>
    {
        public override BodyText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var hex = reader.GetString();
            if (hex is not { Length: 32 }
                || !ulong.TryParse(hex.AsSpan(0, 16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var high)
                || !ulong.TryParse(hex.AsSpan(16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var low))
                throw new JsonException("bad body hash");
            return BodyText.Pending(new ContentHash(high, low));
        }

        public override void Write(Utf8JsonWriter writer, BodyText value, JsonSerializerOptions options) => writer.WriteStringValue(value.Hash.ToString());
    }

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
