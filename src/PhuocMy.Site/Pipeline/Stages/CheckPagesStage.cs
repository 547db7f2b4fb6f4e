using PhuocMy.Site.Diagnostics;
using System.Collections.Concurrent;
using System.Text;
using AngleSharp.Html.Parser;
using PhuocMy.Site.Output;
using PhuocMy.Site.Quality;

namespace PhuocMy.Site.Pipeline.Stages;

/// <summary>
/// Parses each generated page once and runs every page check on it (links, alt text, headings…). A problem that
/// comes from the theme shows on every page; it is reported once, with how many pages have it. A problem located in
/// an author's file (it has a line) is never folded: each file hears about each of its own problems.
/// </summary>
public static class CheckPagesStage
{
    private const int ShownPagesPerProblem = 3;

    /// <param name="sources">Where the links of each content file were written, by the file's display path.</param>
    public static void Run(IReadOnlyList<OutputFile> files, IReadOnlyList<IPageCheck> checks, string basePath, DiagnosticBag diagnostics,
        IReadOnlyDictionary<string, SourceLines>? sources = null)
    {
        if (checks.Count == 0) return;
        var index = new OutputIndex(files.Select(f => f.Path), basePath);
        var found = new ConcurrentBag<(string Page, Diagnostic Diagnostic)>();
        files.Where(f => f.IsHtml).AsParallel().ForAll(file =>
        {
            using var document = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(file.Content.Span));
            var page = new PageUnderCheck(file.Path, file.Origin ?? file.Path, document, index)
            {
                Source = file.Origin is { } origin ? sources?.GetValueOrDefault(origin) : null,
            };
            var pageDiagnostics = new DiagnosticBag();
            foreach (var check in checks) check.Check(page, pageDiagnostics);
            foreach (var diagnostic in pageDiagnostics.ToList()) found.Add((file.Path, diagnostic));
        });

        foreach (var (_, located) in found.Where(x => x.Diagnostic.Line is not null))
            diagnostics.Add(located);

        foreach (var problem in found.Where(x => x.Diagnostic.Line is null).GroupBy(x => (x.Diagnostic.Severity, Message: x.Diagnostic.Message.Replace(x.Page, "{trang}"))))
        {
            var pages = problem.OrderBy(x => x.Page, StringComparer.Ordinal).ToList();
            if (pages.Count <= ShownPagesPerProblem)
            {
                foreach (var (_, diagnostic) in pages) diagnostics.Add(diagnostic);
                continue;
            }
            var first = pages[0].Diagnostic;
            diagnostics.Add(first with { Message = $"{first.Message} (và {pages.Count - 1} trang khác cùng lỗi này)" });
        }
    }
}
