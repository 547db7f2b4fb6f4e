using System.Collections.Concurrent;
using System.Text;
using PhuocMy.Site.Caching;
using PhuocMy.Site.Dependencies;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Output;
using PhuocMy.Site.Quality;

namespace PhuocMy.Site.Pipeline.Stages;

/// <summary>
/// Parses each new or changed page once and runs every page check on it (links, alt text, headings…); a page
/// whose bytes the cache has seen keeps its findings. Links are then resolved against the whole new site.
/// A problem with something an author wrote is placed at the author's file and line, from the file as it is now
/// (cached findings too), and is never folded: each file hears about each of its own problems. A problem that comes
/// from the theme shows on every page; it is reported once, with how many pages have it.
/// </summary>
public static class CheckPagesStage
{
    private const int ShownPagesPerProblem = 3;
    private const int ShownFilesPerProblem = 5;

    /// <param name="sources">Where the links of each content file were written, by the file's display path.</param>
    /// <param name="pending">Output paths of pages the build would write but cannot (their file has an error already reported): links to them are not reported again.</param>
    /// <param name="locate">Names the file and line for a problem no content file shows (a menu link in site.yml, a theme template; see <see cref="ProblemLocations"/>).</param>
    public static void Run(IReadOnlyList<OutputFile> files, IReadOnlyList<IPageCheck> checks, string basePath, DiagnosticBag diagnostics, CacheSession cache,
        IReadOnlyDictionary<string, SourceLines>? sources = null, IEnumerable<string>? pending = null, Func<Diagnostic, Diagnostic>? locate = null)
    {
        if (checks.Count == 0) return;
        var index = new OutputIndex(files.Select(f => f.Path).Concat(pending ?? []));
        var found = new ConcurrentBag<(string Page, Diagnostic Diagnostic)>();
        files.Where(f => f.IsHtml).AsParallel().ForAll(file =>
        {
            var entry = Findings(file, checks, basePath, cache);
            var findings = entry.Findings.Concat(entry.Links.Select(link => link.Resolve(file.Path, index)).OfType<SourceFinding>());
            foreach (var diagnostic in entry.Diagnostics) found.Add((file.Path, Located(diagnostic)));
            foreach (var finding in findings)
            {
                foreach (var diagnostic in finding.Locate(sources?.GetValueOrDefault(finding.SourcePath)))
                    found.Add((file.Path, Located(diagnostic)));
            }
        });

        // What an earlier stage already blamed on an author's file is not blamed twice: a line (a missing image is also a
        // broken link), and the page as a whole (a heading that skips a level in the Markdown also does on the page).
        var earlier = diagnostics.ToList().Where(d => d.Severity == Severity.Error && d.Line is not null).ToList();
        var blamed = earlier.Select(d => (d.File, d.Line)).ToHashSet();
        var blamedFiles = earlier.Select(d => d.File).ToHashSet(StringComparer.Ordinal);

        // A problem located at a line is reported once for that line, however many pages show it (a menu link in
        // site.yml); every content file's problems are listed, never folded into another file's.
        var atLines = found.Where(x => x.Diagnostic.Line is not null && !blamed.Contains((x.Diagnostic.File, x.Diagnostic.Line)))
            .GroupBy(x => (x.Diagnostic.Severity, x.Diagnostic.File, x.Diagnostic.Line, Message: x.Diagnostic.Message.Replace(x.Page, "{trang}")))
            .OrderBy(g => g.Key.File, StringComparer.Ordinal).ThenBy(g => g.Key.Line).ThenBy(g => g.Key.Message, StringComparer.Ordinal);
        foreach (var atLine in atLines)
        {
            var pages = atLine.OrderBy(x => x.Page, StringComparer.Ordinal).ToList();
            var first = pages[0].Diagnostic;
            diagnostics.Add(pages.Count == 1 ? first : first with { Message = $"{first.Message} (và {pages.Count - 1} trang khác cùng lỗi này)" });
        }

        // One found nowhere (made by the theme in a way no file shows) is one for all the pages that have it, naming the files behind them.
        foreach (var problem in found.Where(x => x.Diagnostic.Line is null && !blamedFiles.Contains(x.Diagnostic.File)).GroupBy(x => (x.Diagnostic.Severity, Message: x.Diagnostic.Message.Replace(x.Page, "{trang}"))))
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

        Diagnostic Located(Diagnostic diagnostic) => diagnostic.Line is null && locate is not null ? locate(diagnostic) : diagnostic;
    }

    private static CheckEntry Findings(OutputFile file, IReadOnlyList<IPageCheck> checks, string basePath, CacheSession cache)
    {
        var source = file.Origin ?? file.Path;
        var key = new ContentHasher().Add(file.Hash).Add(basePath).Add(source).Finish();
        var step = cache.Step(CacheSections.Check);
        if (step.TryReuse(file.Path, key, null, CheckEntry.Read, out var known, out _)) return known;

        using var document = PageParsing.Parse(file.Bytes().Span);
        var page = new PageUnderCheck(file.Path, source, document, basePath);
        var pageDiagnostics = new DiagnosticBag();
        foreach (var check in checks) check.Check(page, pageDiagnostics);
        var entry = new CheckEntry(pageDiagnostics.ToList(), page.Links, page.Findings);
        step.Keep(file.Path, CacheEntry.Of(key, entry.ToBytes()));
        return entry;
    }
}
