using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace PhuocMy.Site.Markdown;

/// <summary>
/// Markdig writes column alignment (<c>|---:|</c>) as <c>style="text-align: right"</c>, which a strict
/// Content-Security-Policy blocks. This moves it to classes (<c>align-right</c>) the stylesheet styles instead.
/// </summary>
public static class TableAlignmentClasses
{
    public static void Apply(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>())
        {
            foreach (var row in table.OfType<TableRow>())
            {
                var position = 0;
                foreach (var cell in row.OfType<TableCell>())
                {
                    var index = cell.ColumnIndex >= 0 ? cell.ColumnIndex : position;
                    position += Math.Max(1, cell.ColumnSpan);
                    var column = index < table.ColumnDefinitions.Count ? table.ColumnDefinitions[index] : null;
                    if (column?.Alignment is { } alignment)
                        cell.GetAttributes().AddClass("align-" + alignment.ToString().ToLowerInvariant());
                }
            }
            foreach (var column in table.ColumnDefinitions) column.Alignment = null;
        }
    }
}
