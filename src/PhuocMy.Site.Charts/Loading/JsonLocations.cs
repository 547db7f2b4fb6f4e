using System.Text;
using System.Text.Json;

namespace PhuocMy.Site.Charts.Loading;

/// <summary>
/// Maps JSON Pointers (<c>/rows/0/values</c>) to 1-based line numbers of the source text,
/// by walking the document once with <see cref="Utf8JsonReader"/>.
/// </summary>
internal sealed class JsonLocations
{
    private readonly Dictionary<string, int> _lineByPointer = new(StringComparer.Ordinal);
    private readonly List<(string Pointer, string Name, int Line)> _duplicates = [];

    /// <summary>Properties named twice in one object: JSON parsers keep one silently, so the other value would be lost.</summary>
    public IReadOnlyList<(string Pointer, string Name, int Line)> Duplicates => _duplicates;

    private JsonLocations()
    {
    }

    public static JsonLocations Build(byte[] utf8, JsonReaderOptions options)
    {
        var locations = new JsonLocations();
        var lineStarts = FindLineStarts(utf8);
        var reader = new Utf8JsonReader(utf8, options);
        var containers = new Stack<Container>();
        string? property = null;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    containers.Pop();
                    continue;
                }

                var line = LineOf(lineStarts, reader.TokenStartIndex);
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    property = reader.GetString();
                    var propertyPointer = containers.Peek().Pointer + "/" + Escape(property!);
                    locations._lineByPointer.TryAdd(propertyPointer, line);
                    if (!containers.Peek().Names.Add(property!))
                    {
                        locations._duplicates.Add((propertyPointer, property!, line));
                    }
                    continue;
                }

                var pointer = containers.Count == 0
                    ? ""
                    : containers.Peek().IsArray
                        ? containers.Peek().Pointer + "/" + containers.Peek().NextIndex++
                        : containers.Peek().Pointer + "/" + Escape(property!);
                locations._lineByPointer.TryAdd(pointer, line);

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    containers.Push(new Container(pointer, reader.TokenType == JsonTokenType.StartArray));
                }
            }
        }
        catch (JsonException)
        {
            // Invalid JSON is reported by the parser; what was mapped so far is still useful.
        }
        return locations;
    }

    /// <summary>The line of the pointer, or of its nearest mapped ancestor.</summary>
    public int? LineOf(string pointer)
    {
        var current = pointer;
        while (true)
        {
            if (_lineByPointer.TryGetValue(current, out var line))
            {
                return line;
            }
            if (current.Length == 0)
            {
                return null;
            }
            current = current[..current.LastIndexOf('/')];
        }
    }

    public static byte[] ToUtf8(string json) => Encoding.UTF8.GetBytes(json.TrimStart('\uFEFF'));

    private static string Escape(string name) => name.Replace("~", "~0").Replace("/", "~1");

    private static List<long> FindLineStarts(byte[] utf8)
    {
        var starts = new List<long> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }
        return starts;
    }

    private static int LineOf(List<long> lineStarts, long offset)
    {
        var index = lineStarts.BinarySearch(offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    private sealed class Container(string pointer, bool isArray)
    {
        public string Pointer { get; } = pointer;
        public bool IsArray { get; } = isArray;
        public int NextIndex { get; set; }
        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);
    }
}
