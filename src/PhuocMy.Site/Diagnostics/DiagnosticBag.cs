using System.Collections.Concurrent;

namespace PhuocMy.Site.Diagnostics;

/// <summary>Collects every problem of a build so the author sees them all at once, not one per run.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> items = new();

    public void Add(Diagnostic diagnostic) => items.Enqueue(diagnostic);

    public void Error(string file, int? line, string message, string? hint = null) =>
        Add(new Diagnostic(Severity.Error, file, line, message, hint));

    public void Warning(string file, int? line, string message, string? hint = null) =>
        Add(new Diagnostic(Severity.Warning, file, line, message, hint));

    public bool HasErrors => items.Any(d => d.Severity == Severity.Error);

    /// <summary>Sorted by file and line so output is stable whatever order parallel stages finished in.</summary>
    public IReadOnlyList<Diagnostic> ToList() =>
        items.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line ?? 0).ThenBy(d => d.Message, StringComparer.Ordinal).ToList();
}
