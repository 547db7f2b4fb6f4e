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
    public const string UpdateVariable = "UPDATE_SNAPSHOTS";

    public static void Match(string html, string name, [CallerFilePath] string callerFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(callerFile)!, "Snapshots");
        var verifiedPath = Path.Combine(folder, name + ".verified.html");
        var receivedPath = Path.Combine(folder, name + ".received.html");
        var accept = Environment.GetEnvironmentVariable(UpdateVariable) is "1" or "true";

        if (accept)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(verifiedPath, html);
            File.Delete(receivedPath);
            return;
        }

        if (!File.Exists(verifiedPath))
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(receivedPath, html);
            Assert.Fail($"No verified snapshot {verifiedPath}. Wrote {receivedPath}; review it, then run the tests with {UpdateVariable}=1 to accept it.");
        }

        var differences = Compare(File.ReadAllText(verifiedPath), html);
        if (differences.Count == 0)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, html);
        var shown = string.Join(Environment.NewLine, differences.Take(10).Select(Describe));
        Assert.Fail($"Snapshot {name} differs ({differences.Count} differences). Wrote {receivedPath}; if the change is intended, run with {UpdateVariable}=1.{Environment.NewLine}{shown}");
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
