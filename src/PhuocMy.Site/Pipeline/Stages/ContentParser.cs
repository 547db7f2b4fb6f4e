using System.Collections.Concurrent;
using PhuocMy.Site.Caching;
using PhuocMy.Site.Content;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Pipeline.Stages;

/// <summary>
/// The one way content files are parsed: every Markdown file of a kind's folder, in parallel, read as UTF-8 NFC text
/// and parsed through the <c>parse</c> cache step (what the parse read is recorded; an unchanged file is reused with
/// its warnings). It remembers every item it gave out, so the page checks can place problems at their lines.
/// </summary>
public sealed class ContentParser(SourceTree tree, ParseCache cache, DiagnosticBag diagnostics)
{
    private readonly ConcurrentDictionary<string, IParsedContent> parsed = new(StringComparer.Ordinal);

    public IReadOnlyList<T> ParseAll<T>(IContentKind<T> kind) where T : class, IParsedContent
    {
        var items = FilesOf(tree, kind.Folder)
            .AsParallel().AsOrdered()
            .Select(file => cache.Parse(file, local => SourceText.Read(file, local) is { } text ? kind.Parse(file, text, local) : null, diagnostics))
            .OfType<T>()
            .ToList();
        foreach (var item in items) parsed[item.SourcePath] = item;
        return items;
    }

    /// <summary>Every item parsed so far, of every kind.</summary>
    public IEnumerable<IParsedContent> Parsed => parsed.Values;

    /// <summary>The content files of a kind's folder: Markdown, not hidden (<c>_draft.md</c> is the author's own).</summary>
    public static IEnumerable<SourceFile> FilesOf(SourceTree tree, string folder) =>
        tree.Under(folder).Where(f => f.IsMarkdown && !f.IsHidden);
}
