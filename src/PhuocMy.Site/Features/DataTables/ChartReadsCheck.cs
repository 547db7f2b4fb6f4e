using Markdig.Syntax;
using PhuocMy.Site.Charts.Markdown;
using PhuocMy.Site.Dependencies;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Markdown;

namespace PhuocMy.Site.Features.DataTables;

/// <summary>Records, for the build cache, the data table file behind every chart a body draws.</summary>
public sealed class ChartReadsCheck(Func<string, string?> treePathOf) : IMarkdownCheck
{
    public void Check(string displayPath, MarkdownDocument document, Func<int, int> lineOf, DiagnosticBag diagnostics)
    {
        foreach (var chart in ChartExtension.FindCharts(document))
            if (treePathOf(chart.TableId) is { } path) DependencyTracking.Record(DependencyKey.File(path));
    }
}
