using PhuocMy.Site.Diagnostics;
using AngleSharp.Dom;

namespace PhuocMy.Site.Quality;

/// <summary>
/// Reports a problem found on a generated page. The diagnostic names the source file the author edits;
/// the message starts with the page (and its line, when the parser kept source positions) where it shows.
/// </summary>
internal static class PageReport
{
    public static void Error(this DiagnosticBag diagnostics, PageUnderCheck page, IElement? element, string message, string? hint = null) =>
        diagnostics.Error(page.SourcePath, null, $"{Where(page, element)}: {message}", hint);

    public static void Warning(this DiagnosticBag diagnostics, PageUnderCheck page, IElement? element, string message, string? hint = null) =>
        diagnostics.Warning(page.SourcePath, null, $"{Where(page, element)}: {message}", hint);

    /// <summary>
    /// A problem with an address the author may have written: placed later at each line of the Markdown file where it
    /// was written, or, when it did not come from the file (the theme wrote it), at the page.
    /// </summary>
    public static void ErrorAtSource(this PageUnderCheck page, IElement element, string url, string message, string? hint = null) =>
        page.Report(new SourceFinding(FindingAnchor.Address, Severity.Error, page.OutputPath, page.SourcePath, Where(page, element), url, message, hint));

    /// <summary>As <see cref="ErrorAtSource"/>, for a link: when the file did not write it, it is looked for in the settings and templates.</summary>
    public static void LinkErrorAtSource(this PageUnderCheck page, IElement element, string url, string message, string? hint = null) =>
        page.Report(new SourceFinding(FindingAnchor.Link, Severity.Error, page.OutputPath, page.SourcePath, Where(page, element), url, message, hint));

    public static string Where(PageUnderCheck page, IElement? element) =>
        element?.SourceReference?.Position is { Line: > 0 } position
            ? $"trang {page.OutputPath} (dòng {position.Line})"
            : $"trang {page.OutputPath}";

    /// <summary>Shortens a text for quoting in a message.</summary>
    public static string Quote(string text, int maxLength = 80)
    {
        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length > maxLength ? $"«{collapsed[..maxLength]}…»" : $"«{collapsed}»";
    }
}
