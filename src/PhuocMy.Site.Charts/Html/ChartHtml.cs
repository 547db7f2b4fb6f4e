using PhuocMy.Site.Formatting;
using System.Text;
using PhuocMy.Site.Charts.Html;
using PhuocMy.Site.Charts.Svg;

namespace PhuocMy.Site.Charts;

/// <summary>
/// The full chart figure: caption, SVG, source and note, the numbers as a table (in &lt;details&gt;) and a CSV link.
/// No inline styles or scripts: everything is styled by theme/assets/css/charts.css.
/// </summary>
public static class ChartHtml
{
    public static string Render(DataTable table, ChartRenderOptions options)
    {
        var html = new StringBuilder();
        html.Append("<figure class=\"chart chart-").Append(ChartTypeNames.ToJson(table.Chart))
            .Append("\" id=\"").Append(E(options.IdPrefix)).Append("\">\n");
        html.Append("<figcaption class=\"chart-caption\"><span class=\"chart-title\">").Append(E(table.Title)).Append("</span>");
        if (table.Subtitle is { } subtitle)
        {
            html.Append("<span class=\"chart-subtitle\">").Append(E(subtitle)).Append("</span>");
        }
        if (table.Sample)
        {
            html.Append("<span class=\"chart-sample\">Số liệu mẫu, minh họa</span>");
        }
        html.Append("</figcaption>\n");
        html.Append("<div class=\"chart-graphic\">").Append(ChartSvg.Render(table, options.IdPrefix)).Append("</div>\n");
        AppendSource(html, table);
        if (table.Note is { } note)
        {
            html.Append("<p class=\"chart-note\">Ghi chú: ").Append(E(note)).Append("</p>\n");
        }
        html.Append("<details class=\"chart-data\"><summary>Xem bảng số liệu</summary>\n<div class=\"chart-table-wrap\">")
            .Append(HtmlDataTable.Render(table)).Append("</div>\n</details>\n");
        html.Append("<p class=\"chart-download\"><a href=\"").Append(E(options.CsvUrl)).Append("\" download>Tải số liệu (CSV)</a></p>\n");
        html.Append("</figure>\n");
        return html.ToString();
    }

    private static void AppendSource(StringBuilder html, DataTable table)
    {
        if (table.Source is null && table.Date is null)
        {
            return;
        }
        html.Append("<p class=\"chart-source\">");
        if (table.Source is { } source)
        {
            html.Append("Nguồn: ").Append(E(source.TrimEnd('.'))).Append('.');
        }
        if (table.Date is { } date)
        {
            html.Append(table.Source is null ? "" : " ").Append("Số liệu tính đến ").Append(VietnameseNumberFormat.Date(date)).Append('.');
        }
        html.Append("</p>\n");
    }

    private static string E(string text) => MarkupText.Escape(text);
}
