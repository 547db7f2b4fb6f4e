using PhuocMy.Site.Diagnostics;
using Markdig.Syntax;

namespace PhuocMy.Site.Markdown;

/// <summary>A check on a parsed Markdown body, so problems are reported with the author's file and line.</summary>
public interface IMarkdownCheck
{
    /// <param name="lineOf">Turns a Markdig 0-based body line into the 1-based line of the file.</param>
    void Check(string displayPath, MarkdownDocument document, Func<int, int> lineOf, DiagnosticBag diagnostics);
}

public sealed class BodyChecks(IEnumerable<IMarkdownCheck> checks)
{
    private readonly IReadOnlyList<IMarkdownCheck> checks = checks.ToList();

    public void Check(string displayPath, int bodyFirstLine, MarkdownDocument document, DiagnosticBag diagnostics)
    {
        foreach (var check in checks)
            check.Check(displayPath, document, line => bodyFirstLine + line, diagnostics);
    }
}
