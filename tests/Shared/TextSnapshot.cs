using System.Runtime.CompilerServices;

namespace PhuocMy.Site.Testing;

/// <summary>
/// Exact-text snapshots for output that is not HTML (feeds, JSON, plain text): <c>Snapshots/NAME.verified.EXT</c>
/// must hold the very same characters, line endings and trailing newline included.
/// </summary>
public static class TextSnapshot
{
    public static void Match(string text, string name, string extension, [CallerFilePath] string callerFile = "") =>
        SnapshotFile.Match(text, name, extension, callerFile, FirstDifference);

    /// <summary>Null when equal; otherwise the first line that differs, with its number, as expected and as got.</summary>
    public static string? FirstDifference(string expected, string actual)
    {
        if (string.Equals(expected, actual, StringComparison.Ordinal)) return null;
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line]) line++;
        return $"First difference at line {line + 1} (expected {expectedLines.Length} lines, got {actualLines.Length}):{Environment.NewLine}" +
               $"- expected: {Shown(expectedLines, line)}{Environment.NewLine}" +
               $"- got:      {Shown(actualLines, line)}";
    }

    private static string Shown(string[] lines, int line)
    {
        if (line >= lines.Length) return "(end of text)";
        var text = lines[line].Replace("\r", "\\r", StringComparison.Ordinal);
        return text.Length > 160 ? text[..160] + "…" : text;
    }
}
