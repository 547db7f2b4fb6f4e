using PhuocMy.Site.Diagnostics;
using AngleSharp.Html.Parser;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Quality;

namespace PhuocMy.Site.Tests.Quality;

/// <summary>Runs one page check on a small HTML string, the way the post-process stage does.</summary>
internal static class CheckHarness
{
    public const string SourcePath = "input/pages/thu.md";

    public static IReadOnlyList<Diagnostic> Run(IPageCheck check, string html, string outputPath = "index.html",
        IEnumerable<string>? siteFiles = null, string basePath = "/")
    {
        var document = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(html);
        var site = new OutputIndex((siteFiles ?? []).Append(outputPath));
        var diagnostics = new DiagnosticBag();
        var page = new PageUnderCheck(outputPath, SourcePath, document, basePath);
        check.Check(page, diagnostics);
        var findings = page.Findings.Concat(page.Links.Select(link => link.Resolve(outputPath, site)).OfType<SourceFinding>());
        foreach (var diagnostic in findings.SelectMany(finding => finding.Locate(null))) diagnostics.Add(diagnostic);
        return diagnostics.ToList();
    }

    /// <summary>A complete, valid page around <paramref name="body"/>.</summary>
    public static string Page(string body, string lang = "vi", string head = "") => $$"""
        <!doctype html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="description" content="Trang thử">
        <title>Trang thử</title>
        {{head}}
        </head>
        <body>
        {{body}}
        </body>
        </html>
        """;

    public static IReadOnlyList<Diagnostic> Errors(this IReadOnlyList<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Severity == Severity.Error).ToList();

    public static string Show(this IReadOnlyList<Diagnostic> diagnostics) =>
        string.Join(Environment.NewLine, diagnostics);
}
