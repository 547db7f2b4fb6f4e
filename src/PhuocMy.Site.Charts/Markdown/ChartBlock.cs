using Markdig.Parsers;
using Markdig.Syntax;

namespace PhuocMy.Site.Charts.Markdown;

/// <summary>A <c>{{&lt; chart id &gt;}}</c> line. <see cref="Table"/> is null when the id is not in the catalog.</summary>
public sealed class ChartBlock(BlockParser parser) : LeafBlock(parser)
{
    public required string TableId { get; init; }

    public DataTable? Table { get; init; }

    /// <summary>Unique within the document, so the same table can be shown twice.</summary>
    public required string IdPrefix { get; init; }

    public bool IsKnown => Table is not null;
}
