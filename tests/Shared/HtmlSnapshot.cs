using System.Runtime.CompilerServices;
using AngleSharp.Diffing;
using AngleSharp.Diffing.Core;

namespace PhuocMy.Site.Testing;

/// <summary>
/// Our snapshot helper: verified HTML lives beside the test as <c>Snapshots/NAME.verified.html</c>.
/// A mismatch (compared semantically with AngleSharp.Diffing, so whitespace and attribute order do not count)
/// or a missing snapshot writes <c>NAME.received.html</c> next to it and fails.
/// Set <c>UPDATE_SNAPSHOTS=1</c> to accept the received HTML as the new verified snapshot.
/// </summary>
public static class HtmlSnapshot
{
    public const string UpdateVariable = SnapshotFile.UpdateVariable;

    public static void Match(string html, string name, [CallerFilePath] string callerFile = "") =>
        SnapshotFile.Match(html, name, "html", callerFile, Differences);

    private static string? Differences(string expected, string actual)
    {
        var differences = Compare(expected, actual);
        if (differences.Count == 0) return null;
        return $"{differences.Count} differences:{Environment.NewLine}" + string.Join(Environment.NewLine, differences.Take(10).Select(Describe));
    }

    public static IReadOnlyList<IDiff> Compare(string expected, string actual) =>
        DiffBuilder.Compare(expected).WithTest(actual).Build().ToList();

    private static string Describe(IDiff diff) => diff switch
    {
        NodeDiff d => $"- {d.Target} differs at {d.Control.Path}: expected '{Text(d.Control)}', got '{Text(d.Test)}'",
        AttrDiff d => $"- attribute {d.Control.Path}: expected '{d.Control.Attribute.Value}', got '{d.Test.Attribute.Value}'",
        MissingNodeDiff d => $"- missing {d.Control.Path}: '{Text(d.Control)}'",
        MissingAttrDiff d => $"- missing attribute {d.Control.Path}",
        UnexpectedNodeDiff d => $"- unexpected {d.Test.Path}: '{Text(d.Test)}'",
        UnexpectedAttrDiff d => $"- unexpected attribute {d.Test.Path}",
        _ => "- " + diff,
    };

    private static string Text(ComparisonSource source)
    {
        var text = source.Node.TextContent.Trim();
        return text.Length > 80 ? text[..80] + "…" : text;
    }
}
