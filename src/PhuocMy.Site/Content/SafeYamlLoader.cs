using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace PhuocMy.Site.Content;

/// <summary>
/// Loads YAML only after one pass over its events proves it small and plain: a few hundred bytes of nested aliases
/// (a "billion laughs") would otherwise grow to gigabytes when the values are read, thousands of nested brackets
/// overflow the stack, and a list or mapping used as a key breaks every reader that expects a name.
/// Every refusal is a <see cref="YamlException"/> at the line of the culprit, so callers report it like any YAML error.
/// </summary>
public static class SafeYamlLoader
{
    /// <summary>Front matter and settings nest a few levels (menus, categories); 50 is far beyond any real need.</summary>
    public const int MaxDepth = 50;

    /// <summary>Values counted as readers see them, every alias expanded.</summary>
    public const int MaxNodes = 100_000;

    public const int MaxAliases = 1_000;

    /// <summary>Loads from the events the check read, not by parsing the text a second time.</summary>
    public static void Load(YamlStream stream, string yaml) => stream.Load(new ParsingEventReplay(CheckedEvents(yaml)));

    /// <summary>Throws <see cref="YamlLimitException"/> when the text breaks a limit; syntax errors surface as YamlDotNet reports them.</summary>
    public static void Check(string yaml) => CheckedEvents(yaml);

    /// <summary>The text's events, once all of them have been checked (<see cref="Check"/>).</summary>
    private static List<ParsingEvent> CheckedEvents(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var events = new List<ParsingEvent>();
        var open = new Stack<Frame>();
        var anchorSizes = new Dictionary<string, long>(StringComparer.Ordinal);
        long total = 0;
        var aliases = 0;

        while (parser.MoveNext())
        {
            events.Add(parser.Current!);
            switch (parser.Current)
            {
                case DocumentStart:
                    open.Clear();
                    break;
                case Scalar scalar:
                    EnterLeaf(open, scalar, isKeyAllowed: true);
                    Add(open, anchorSizes, scalar.Anchor, 1, scalar.Start, ref total);
                    break;
                case AnchorAlias alias:
                    if (++aliases > MaxAliases)
                        throw new YamlLimitException(alias.Start, $"có hơn {Count(MaxAliases)} bí danh (*{alias.Value}); viết thẳng giá trị thay cho bí danh.");
                    EnterLeaf(open, alias, isKeyAllowed: false);
                    if (open.Any(frame => frame.Anchor == alias.Value.Value))
                        throw new YamlLimitException(alias.Start, $"bí danh *{alias.Value} nằm bên trong chính giá trị &{alias.Value} mà nó trỏ tới (vòng lặp).");
                    Add(open, anchorSizes, AnchorName.Empty, anchorSizes.GetValueOrDefault(alias.Value.Value, 1), alias.Start, ref total);
                    break;
                case NodeEvent start when start is MappingStart or SequenceStart:
                    EnterLeaf(open, start, isKeyAllowed: false);
                    if (open.Count >= MaxDepth)
                        throw new YamlLimitException(start.Start, $"lồng nhau quá {MaxDepth} cấp; viết lại cho gọn, ít cấp hơn.");
                    open.Push(new Frame(start is MappingStart, start.Anchor.IsEmpty ? null : start.Anchor.Value));
                    break;
                case MappingEnd or SequenceEnd:
                    var closed = open.Pop();
                    Add(open, anchorSizes, closed.Anchor is null ? AnchorName.Empty : new AnchorName(closed.Anchor), closed.Size + 1, parser.Current.Start, ref total);
                    break;
            }
        }
        return events;
    }

    /// <summary>A node starts inside a mapping: in key position it must be a plain name.</summary>
    private static void EnterLeaf(Stack<Frame> open, ParsingEvent node, bool isKeyAllowed)
    {
        if (open.Count == 0) return;
        var parent = open.Peek();
        if (parent.IsMapping && parent.Children % 2 == 0 && !isKeyAllowed)
            throw new YamlLimitException(node.Start, "tên khóa phải là một chữ đơn giản, không phải danh sách, bảng khóa hay bí danh (dấu '?' mở đầu một khóa phức).");
        parent.Children++;
    }

    private static void Add(Stack<Frame> open, Dictionary<string, long> anchorSizes, AnchorName anchor, long size, Mark at, ref long total)
    {
        if (!anchor.IsEmpty) anchorSizes[anchor.Value] = size;
        var grown = open.Count > 0 ? open.Peek().Size += size : total += size;
        if (grown > MaxNodes)
            throw new YamlLimitException(at, $"quá lớn khi mở rộng các bí danh (hơn {Count(MaxNodes)} giá trị); viết thẳng giá trị thay cho bí danh.");
    }

    private static string Count(int number) => number.ToString("N0", VietnameseFormat.Culture);

    private sealed class Frame(bool isMapping, string? anchor)
    {
        public bool IsMapping { get; } = isMapping;
        public string? Anchor { get; } = anchor;
        public int Children { get; set; }
        public long Size { get; set; }
    }
}

/// <summary>YAML refused for its shape, not its syntax: too deep, too large once aliases are expanded, or a complex key.</summary>
public sealed class YamlLimitException(Mark at, string message) : YamlException(at, at, message);
