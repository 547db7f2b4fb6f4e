using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace PhuocMy.Site.BrowserTests;

/// <summary>Runs axe-core in the page and describes its violations in a way that says what to fix and where.</summary>
internal static class AxeScan
{
    public static readonly string[] WcagAaTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    public static async Task<IReadOnlyList<AxeResultItem>> ViolationsAsync(IPage page, params string[] tags)
    {
        var options = new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. tags.Length == 0 ? WcagAaTags : tags] },
        };
        var result = await page.RunAxe(options);
        return result.Violations;
    }

    public static string Describe(IEnumerable<AxeResultItem> violations) =>
        string.Join(Environment.NewLine, violations.Select(violation =>
            $"- {violation.Id} ({violation.Impact}): {violation.Help} <{violation.HelpUrl}>{Environment.NewLine}" +
            string.Join(Environment.NewLine, violation.Nodes.Select(node =>
                $"    at {node.Target}: {node.Html}{Environment.NewLine}      {FailureSummary(node)}"))));

    /// <summary>Why the node failed: every failed "all"/"none" check, or the "any" checks of which one had to pass.</summary>
    private static string FailureSummary(AxeResultNode node)
    {
        var reasons = node.All.Concat(node.None).Select(check => check.Message).ToList();
        if (node.Any.Length > 0)
            reasons.Add("one of: " + string.Join(" | ", node.Any.Select(check => check.Message)));
        return string.Join("; ", reasons).ReplaceLineEndings(" ");
    }
}
