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
    private const string IndexKey = "search/index";
    private static readonly SearchIndexOptions Options = SearchIndexOptions.Default with { Folder = SearchRoutes.IndexFolder };

    public IEnumerable<OutputFile> Generate(RenderedSite site, DiagnosticBag diagnostics)
    {
        var pages = site.Pages.Select(SearchablePage.Of).OfType<SearchablePage>().OrderBy(p => p.Url, StringComparer.Ordinal).ToList();
        var keys = pages.Select(SearchTokenCache.KeyOf).ToList();
        var cache = new SearchTokenCache(site.Cache);
        IReadOnlyList<string> sources = [.. pages.Select(p => p.Page.Plan.Origin).OfType<string>().Distinct()];

        var indexKey = IndexKeyOf(pages, keys);
        if (Unchanged(site.Cache, indexKey, pages, keys, cache, sources) is { } unchanged) return unchanged;

        var tokens = new DocumentTokens[pages.Count];
        Parallel.For(0, pages.Count, i => tokens[i] = cache.Get(pages[i], keys[i]).Tokens);
        var files = new SearchIndexWriter(Options).Write(tokens)
            .Select(file => new OutputFile(file.Path, file.Content, sources))
            .ToList();
        site.Cache.Next.Store[IndexKey] = (indexKey, WrittenIndex.ToBytes(files.Select(f => (f.Path, f.Hash))));
        return files;
    }

    private static ContentHash IndexKeyOf(IReadOnlyList<SearchablePage> pages, IReadOnlyList<ContentHash> keys)
    {
        var hasher = new ContentHasher().Add(Options.Folder).Add(Options.ShardTargetBytes).Add(pages.Count);
        for (var i = 0; i < pages.Count; i++) hasher.Add(pages[i].Url).Add(keys[i]);
        return hasher.Finish();
    }

    /// <summary>The index as the last build wrote it, when every page's key is the same and every file is still in place.</summary>
    private static List<OutputFile>? Unchanged(CacheSession session, ContentHash indexKey, IReadOnlyList<SearchablePage> pages,
        IReadOnlyList<ContentHash> keys, SearchTokenCache cache, IReadOnlyList<string> sources)
    {
        if (!session.Previous.Store.TryGetValue(IndexKey, out var entry) || entry.Key != indexKey) return null;
        if (WrittenIndex.FromBytes(entry.Value) is not { } written || !written.All(file => session.IsWritten(file.Path, file.Hash))) return null;
        for (var i = 0; i < pages.Count; i++)
            if (!cache.Has(pages[i], keys[i])) return null;

        foreach (var page in pages) cache.Keep(page);
        session.Next.Store[IndexKey] = entry;
        return written.Select(file => OutputFile.Unchanged(file.Path, file.Hash, sources, () => session.ReadWritten(file.Path))).ToList();
    }
}
