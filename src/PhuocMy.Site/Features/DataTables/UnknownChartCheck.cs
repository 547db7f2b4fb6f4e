using PhuocMy.Site.Diagnostics;
using Markdig.Syntax;
using PhuocMy.Site.Charts;
using PhuocMy.Site.Charts.Markdown;
using PhuocMy.Site.Markdown;
using PhuocMy.Site.Pipeline;

namespace PhuocMy.Site.Features.DataTables;

/// <summary>A <c>{{&lt; chart id &gt;}}</c> whose table does not exist is an error at the post's line.</summary>
public sealed class UnknownChartCheck(DataTableCatalog catalog, Func<string, bool> isReportedElsewhere) : IMarkdownCheck
{
    public void Check(string displayPath, MarkdownDocument document, Func<int, int> lineOf, DiagnosticBag diagnostics)
    {
        foreach (var chart in ChartExtension.FindUnknownCharts(document).Where(c => !isReportedElsewhere(c.TableId)))
        {
            var known = string.Join(", ", catalog.All.Select(t => t.Id));
            diagnostics.Error(displayPath, lineOf(chart.Line), $"Không có bảng số liệu '{chart.TableId}'.",
                known.Length > 0 ? $"Dùng một mã có trong input/data/: {known}" : "Thêm tệp input/data/<mã>.json trước khi chèn biểu đồ.");
        }
    }
}
