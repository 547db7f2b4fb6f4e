using System.Text;
using AngleSharp.Html.Parser;
using PhuocMy.Site.Output;
using PhuocMy.Site.Quality;

namespace PhuocMy.Site.Pipeline.Stages;

/// <summary>Parses each generated page once and runs every page check on it (links, alt text, headings…).</summary>
public static class CheckPagesStage
{
    public static void Run(IReadOnlyList<OutputFile> files, IReadOnlyList<IPageCheck> checks, string basePath, DiagnosticBag diagnostics)
    {
        if (checks.Count == 0) return;
        var index = new OutputIndex(files.Select(f => f.Path), basePath);
        files.Where(f => f.IsHtml).AsParallel().ForAll(file =>
        {
            var parser = new HtmlParser();
            using var document = parser.ParseDocument(Encoding.UTF8.GetString(file.Content.Span));
            var page = new PageUnderCheck(file.Path, file.Origin ?? file.Path, document, index);
            foreach (var check in checks) check.Check(page, diagnostics);
        });
    }
}
