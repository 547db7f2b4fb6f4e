using System.Collections.Concurrent;
using System.Text;
using AngleSharp.Html.Parser;
using PhuocMy.Site.Caching;
using PhuocMy.Site.Dependencies;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Output;
using PhuocMy.Site.Quality;

namespace PhuocMy.Site.Pipeline.Stages;

/// <summary>
/// Parses each new or changed page once and runs every page check on it (links, alt text, headings…); a page
/// whose bytes the cache has seen keeps its findings. Links are then resolved against the whole new site.
/// A problem that comes from the theme shows on every page; it is reported once, with how many pages have it.
/// </summary>
public static class CheckPagesStage
{
    private const int ShownPagesPerProblem = 3;
    private const int ShownFilesPerProblem = 5;

    /// <param name="locate">Names the file and line an author fixes for a problem found in a page (see <see cref="ProblemLocations"/>).</param>
    public static void Run(IReadOnlyList<OutputFile> files, IReadOnlyList<IPageCheck> checks, string basePath, DiagnosticBag diagnostics, CacheSession cache,
        Func<Diagnostic, Diagnostic>? locate = null)
    {
        locate ??= diagnostic => diagnostic;
        if (checks.Count == 0) return;
        var index = new OutputIndex(files.Select(f => f.Path));
        var found = new ConcurrentBag<(string Page, Diagnostic Diagnostic)>();
        files.Where(f => f.IsHtml).AsParallel().ForAll(file =>
        {
            var entry = Findings(file, checks, basePath, cache);
            foreach (var diagnostic in entry.Diagnostics) found.Add((file.Path, locate(diagnostic)));
            foreach (var missing in entry.Links.Select(link => link.Resolve(index)).OfType<Diagnostic>()) found.Add((file.Path, locate(missing)));
        });

        // A problem located at a line is one per file that has it; one not located (made by the theme in a way no
        // file shows) is one for all the pages that have it, naming the files behind them.
        foreach (var problem in found.GroupBy(x => (x.Diagnostic.Severity, Message: x.Diagnostic.Message.Replace(x.Page, "{trang}"), Located: x.Diagnostic.Line is null ? null : x.Diagnostic.File)))
        {
            var pages = problem.OrderBy(x => x.Page, StringComparer.Ordinal).ToList();
            if (pages.Count <= ShownPagesPerProblem)
            {
                foreach (var (_, diagnostic) in pages) diagnostics.Add(diagnostic);
                continue;
            }
            var first = pages[0].Diagnostic;
            var others = pages.Select(p => p.Diagnostic.File).Distinct(StringComparer.Ordinal).Where(f => f != first.File).ToList();
            var naming = others.Count == 0 ? "" : $"; cũng ở {string.Join(", ", others.Take(ShownFilesPerProblem))}" + (others.Count > ShownFilesPerProblem ? $" và {others.Count - ShownFilesPerProblem} tệp khác" : "");
            diagnostics.Add(first with { Message = $"{first.Message} (và {pages.Count - 1} trang khác cùng lỗi này{naming})" });
        }
    }

    private static CheckEntry Findings(OutputFile file, IReadOnlyList<IPageCheck> checks, string basePath, CacheSession cache)
    {
        var source = file.Origin ?? file.Path;
        var hash = new ContentHasher().Add(file.Hash).Add(basePath).Add(source).Finish();
        if (cache.Previous.Checked.TryGetValue(file.Path, out var known) && known.OutputHash == hash)
        {
            cache.Counters.Check(reused: true);
            cache.Next.Checked[file.Path] = known;
            return known;
        }

        cache.Counters.Check(reused: false);
        using var document = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(file.Bytes().Span));
        var page = new PageUnderCheck(file.Path, source, document, basePath);
        var pageDiagnostics = new DiagnosticBag();
        foreach (var check in checks) check.Check(page, pageDiagnostics);
        var entry = new CheckEntry(hash, pageDiagnostics.ToList(), page.Links);
        cache.Next.Checked[file.Path] = entry;
        return entry;
    }
}
