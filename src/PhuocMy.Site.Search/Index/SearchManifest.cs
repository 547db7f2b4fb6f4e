using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PhuocMy.Site.Search.Index;

/// <summary>
/// The index's table of contents, <c>manifest.json</c>, the first file search.js fetches: how many documents there
/// are, and for each term shard the first folded word it holds and its file name (a hash of its content, so a
/// shard that did not change keeps its address). Result entries are <c>d/&lt;document number&gt;.json</c>.
/// </summary>
public sealed record SearchManifest(int Format, int Documents, IReadOnlyList<string> ShardFirstWords, IReadOnlyList<string> ShardFiles)
{
    public const string FileName = "manifest.json";

    public const int CurrentFormat = 1;

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Path of a shard relative to the index folder.</summary>
    public static string ShardPath(string file) => $"t/{file}.bin";

    /// <summary>Path of a document's result entry relative to the index folder.</summary>
    public static string EntryPath(int document) => $"d/{document}.json";

    /// <summary>The shard that holds <paramref name="foldedWord"/> if the index has it: the last whose first word is not after it.</summary>
    public int ShardOf(string foldedWord)
    {
        var low = 0;
        var high = ShardFirstWords.Count - 1;
        var found = 0;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (string.CompareOrdinal(ShardFirstWords[middle], foldedWord) <= 0)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        return found;
    }

    public byte[] ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>(ShardFiles.Count * 24 + 64);
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("format", Format);
            json.WriteNumber("documents", Documents);
            json.WriteStartArray("shards");
            foreach (var word in ShardFirstWords) json.WriteStringValue(word);
            json.WriteEndArray();
            json.WriteStartArray("files");
            foreach (var file in ShardFiles) json.WriteStringValue(file);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    public static SearchManifest Parse(ReadOnlySpan<byte> json)
    {
        using var document = JsonDocument.Parse(json.ToArray());
        var root = document.RootElement;
        return new SearchManifest(
            root.GetProperty("format").GetInt32(),
            root.GetProperty("documents").GetInt32(),
            root.GetProperty("shards").EnumerateArray().Select(e => e.GetString()!).ToList(),
            root.GetProperty("files").EnumerateArray().Select(e => e.GetString()!).ToList());
    }
}
