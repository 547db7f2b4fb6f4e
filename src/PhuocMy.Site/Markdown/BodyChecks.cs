using System.Collections.Concurrent;
using PhuocMy.Site.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PhuocMy.Site.Markdown.RawHtml;

namespace PhuocMy.Site.Markdown;

/// <summary>A check on a parsed Markdown body, so problems are reported with the author's file and line.</summary>
public interface IMarkdownCheck
{
    /// <param name="lineOf">Turns a Markdig 0-based body line into the 1-based line of the file.</param>
    void Check(string displayPath, MarkdownDocument document, Func<int, int> lineOf, DiagnosticBag diagnostics);
}

/// <summary>
/// A change to a parsed body before it is checked and rendered (links to the address the file is published at, pasted
/// HTML to what the site allows). It reports with the file and line whatever it could not keep as the author meant.
/// </summary>
public interface IMarkdownRewrite
{
    void Rewrite(MarkdownSource source, MarkdownDocument document, DiagnosticBag diagnostics);
}

/// <summary>The file a body comes from, as the author knows it (<c>input/posts/2020/a.md</c>), and where the body starts in it.</summary>
public sealed record MarkdownSource(string DisplayPath, int BodyFirstLine)
{
    /// <summary>A Markdig 0-based body line as the 1-based line of the file.</summary>
    public int LineOf(int markdigLine) => BodyFirstLine + markdigLine;
}

/// <summary>A link or image of a body: the address as it is published and the line of the file it was written on.</summary>
public sealed record BodyLink(string Url, int Line);

/// <summary>
/// Runs the build's checks, then its rewrites, on every body (posts, pages, documents), and remembers on which line each
/// link was written, so a problem found later on the generated page can name the author's line.
/// </summary>
public sealed class BodyChecks(IEnumerable<IMarkdownCheck> checks, IEnumerable<IMarkdownRewrite>? rewrites = null)
{
    private readonly IReadOnlyList<IMarkdownCheck> checks = checks.ToList();
    private readonly IReadOnlyList<IMarkdownRewrite> rewrites = rewrites?.ToList() ?? [];
    /// <returns>The body's links as published, with their lines, to keep with the parsed post (a cached parse runs no checks).</returns>
    public IReadOnlyList<BodyLink> Check(string displayPath, int bodyFirstLine, MarkdownDocument document, DiagnosticBag diagnostics)
    {
        // Checks see the body as written (an image without alt text inside pasted HTML is still found); rewrites follow.
        var source = new MarkdownSource(displayPath, bodyFirstLine);
        foreach (var check in checks)
            check.Check(displayPath, document, source.LineOf, diagnostics);
        foreach (var rewrite in rewrites)
            rewrite.Rewrite(source, document, diagnostics);
        var found = LinksOf(document, source);
        return found;
    }

    private static List<BodyLink> LinksOf(MarkdownDocument document, MarkdownSource source)
    {
        var found = document.Descendants<LinkInline>()
            .Where(link => !string.IsNullOrEmpty(link.Url))
            .Select(link => new BodyLink(link.Url!, source.LineOf(link.Line)));
        var cleaned = document.Descendants<CleanHtmlBlock>()
            .SelectMany(block => block.Links.Select(link => new BodyLink(link.Url, source.LineOf(link.Line))));
        return found.Concat(cleaned).ToList();
    }
}
