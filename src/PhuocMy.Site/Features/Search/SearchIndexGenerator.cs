using PhuocMy.Site.Caching;
using PhuocMy.Site.Dependencies;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Output;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Search.Index;
using PhuocMy.Site.Search.Tokens;

namespace PhuocMy.Site.Features.Search;

/// <summary>
/// Writes the search index under <c>/tim-kiem/chi-muc/</c> from every searchable page of the finished site. Pages
/// whose words are cached (<see cref="SearchTokenCache"/>) are not read again; when no page's key changed and the
/// output folder still holds the index as written, the index is not written again either. Either way the files are
/// those a full build writes, byte for byte: the index depends only on the set of pages.
/// </summary>
public sealed class SearchIndexGenerator : IAfterRenderGenerator
{
    /// <summary>The cache step of the written index: one entry, whose outputs are the index's files.</summary>
    public const string Section = "search-index";
    private const string IndexName = "index";
    private static readonly SearchIndexOptions Options = SearchIndexOptions.Default with { Folder = SearchRoutes.IndexFolder };

    public IEnumerable<OutputFile> Generate(RenderedSite site, DiagnosticBag diagnostics)
    {
        var pages = site.Pages.Select(SearchablePage.Of).OfType<SearchablePage>().OrderBy(p => p.Url, StringComparer.Ordinal).ToList();
        var keys = pages.Select(SearchTokenCache.KeyOf).ToList();
        var cache = new SearchTokenCache(site.Cache);
        IReadOnlyList<string> sources = [.. pages.Select(p => p.Page.Plan.Origin).OfType<string>().Distinct()];

        var indexKey = IndexKeyOf(pages, keys);
        var step = site.Cache.Step(Section);
        // Unchanged when every page's words are as cached and the index's files are still in the output folder as written.
        if (pages.Select((page, i) => cache.Has(page, keys[i])).All(has => has) && step.TryReuse(IndexName, indexKey, null, out var written))
        {
            foreach (var page in pages) cache.Keep(page);
            return written.Outputs.Select(file => OutputFile.Unchanged(file.Path, file.Hash, sources, () => site.Cache.ReadWritten(file.Path))).ToList();
        }

        var tokens = new DocumentTokens[pages.Count];
        Parallel.For(0, pages.Count, i => tokens[i] = cache.Get(pages[i], keys[i]).Tokens);
        var files = new SearchIndexWriter(Options).Write(tokens)
            .Select(file => new OutputFile(file.Path, file.Content, sources))
            .ToList();
        step.Keep(IndexName, CacheEntry.Wrote(indexKey, files.Select(f => new WrittenOutput(f.Path, f.Hash)).ToList()));
        return files;
    }

    private static ContentHash IndexKeyOf(IReadOnlyList<SearchablePage> pages, IReadOnlyList<ContentHash> keys)
    {
        var hasher = new ContentHasher().Add(Options.Folder).Add(Options.ShardTargetBytes).Add(pages.Count);
        for (var i = 0; i < pages.Count; i++) hasher.Add(pages[i].Url).Add(keys[i]);
        return hasher.Finish();
    }
}
