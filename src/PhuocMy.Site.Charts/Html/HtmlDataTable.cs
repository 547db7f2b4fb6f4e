using System.Text;
using PhuocMy.Site.Charts.Tabular;

namespace PhuocMy.Site.Charts.Html;

/// <summary>The accessible table view of a chart's numbers, with caption and scoped headers.</summary>
internal static class HtmlDataTable
{
    public static string Render(DataTable table)
    {
        var view = TabularView.Of(table);
        var html = new StringBuilder();
        html.Append("<table class=\"chart-table\"><caption>").Append(E(table.Title))
            .Append(" <span class=\"chart-table-unit\">(đơn vị: ").Append(E(table.UnitWithScale)).Append(")</span></caption>");
        html.Append("<thead><tr><th scope=\"col\">").Append(E(view.LabelHeader)).Append("</th>");
        foreach (var column in view.Columns)
        {
            html.Append("<th scope=\"col\">").Append(E(column.Name)).Append("</th>");
        }
        html.Append("</tr></thead><tbody>");
        foreach (var row in view.Rows)
        {
            html.Append("<tr><th scope=\"row\">").Append(E(row.Label)).Append("</th>");
            foreach (var cell in row.Cells)
            {
                html.Append(cell.Number is null ? "<td>" : "<td class=\"num\">").Append(E(cell.Display)).Append("</td>");
            }
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
        return html.ToString();
    }

    private static string E(string text) => MarkupText.Escape(text);
}
