using System.Text.RegularExpressions;
using Markdig.Parsers;
using Markdig.Syntax;

namespace PhuocMy.Site.Charts.Markdown;

/// <summary>Parses a line that holds only <c>{{&lt; chart table-id &gt;}}</c> (Hugo shortcode style; spaces are tolerated).</summary>
public sealed partial class ChartBlockParser : BlockParser
{
    private static readonly object CounterKey = new();
    private readonly DataTableCatalog _catalog;

    public ChartBlockParser(DataTableCatalog catalog)
    {
        _catalog = catalog;
        OpeningCharacters = ['{'];
    }

    public override bool CanInterrupt(BlockProcessor processor, Block block) => true;

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }
        var match = ShortcodeLine().Match(processor.Line.ToString());
        if (!match.Success)
        {
            return BlockState.None;
        }

        var tableId = match.Groups["id"].Value;
        _catalog.TryGet(tableId, out var table);
        var instance = NextInstanceNumber(processor.Document);
        processor.NewBlocks.Push(new ChartBlock(this)
        {
            TableId = tableId,
            Table = table,
            IdPrefix = $"chart-{tableId}-{instance}",
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(processor.Start, processor.Line.End),
        });
        return BlockState.BreakDiscard;
    }

    private static int NextInstanceNumber(MarkdownDocument document)
    {
        var next = document.GetData(CounterKey) is int count ? count + 1 : 1;
        document.SetData(CounterKey, next);
        return next;
    }

    [GeneratedRegex(@"^\{\{<\s*chart\s+(?<id>[a-z0-9]+(?:-[a-z0-9]+)*)\s*>\}\}\s*$")]
    private static partial Regex ShortcodeLine();
}
