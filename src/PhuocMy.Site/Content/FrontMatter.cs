using YamlDotNet.RepresentationModel;

namespace PhuocMy.Site.Content;

/// <summary>
/// The YAML block at the top of a Markdown file, kept as YAML nodes so every later message can name the line.
/// </summary>
public sealed class FrontMatter(IReadOnlyDictionary<string, YamlNode> values, int firstLine)
{
    public static readonly FrontMatter Empty = new(new Dictionary<string, YamlNode>(), 1);

    public IReadOnlyDictionary<string, YamlNode> Values { get; } = values;

    /// <summary>Line in the file of the front matter's first line (after the opening <c>---</c>).</summary>
    public int FirstLine { get; } = firstLine;

    /// <summary>1-based line in the file where <paramref name="key"/> is written, or the front matter's start.</summary>
    public int LineOf(string key) =>
        Values.TryGetValue(key, out var node) ? FirstLine + (int)node.Start.Line - 1 : Math.Max(1, FirstLine - 1);
}
