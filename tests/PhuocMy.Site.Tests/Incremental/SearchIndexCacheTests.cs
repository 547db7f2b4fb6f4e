using PhuocMy.Site.Caching;
using PhuocMy.Site.Features.Search;

namespace PhuocMy.Site.Tests.Incremental;

/// <summary>
/// The search index under the cache: each page's words are kept by the page's content hash, so an edit re-reads and
/// re-tokenizes only the pages it changed, the index files change only where they must, and the result is always
/// what a full build writes.
/// </summary>
public sealed class SearchIndexCacheTests
{
    private const string Post = "input/posts/2020/hoi-nghi-so-ket-6-thang-dau-nam-2020.md";
    private const string PostEntryPrefix = SearchRoutes.IndexFolder + "/d/";

    private static Dictionary<string, CacheEntry> PageEntries(WorkingSite site) =>
        BuildCache.Load(site.CacheFolder).Cache.Section(SearchTokenCache.Section).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);

    private static Dictionary<string, DateTime> Stamps(WorkingSite site) =>
        Directory.EnumerateFiles(Path.Combine(site.Output, SearchRoutes.IndexFolder), "*", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(site.Output, path).Replace('\\', '/'), File.GetLastWriteTimeUtc, StringComparer.Ordinal);

    [Fact]
    public void Editing_one_post_changes_the_cached_words_of_that_post_only_and_its_one_result_entry()
    {
        using var site = new WorkingSite();
        site.Incremental();
        var before = PageEntries(site);
        var stamps = Stamps(site);
        Assert.Contains("/tin-tuc/hoi-nghi-so-ket-6-thang-dau-nam-2020/", before.Keys);

        site.Write(Post, site.Read(Post).TrimEnd() + "\n\nĐoạn bổ sung về khuyếnhọcđặcbiệt.\n");
        site.Incremental();

        var after = PageEntries(site);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        var changed = after.Where(kv => kv.Value.Key != before[kv.Key].Key).Select(kv => kv.Key).ToList();
        Assert.Equal(["/tin-tuc/hoi-nghi-so-ket-6-thang-dau-nam-2020/"], changed);

        var now = Stamps(site);
        var rewritten = now.Where(kv => !stamps.TryGetValue(kv.Key, out var old) || old != kv.Value).Select(kv => kv.Key).ToList();
        Assert.Single(rewritten, path => path.StartsWith(PostEntryPrefix, StringComparison.Ordinal));
        Assert.All(rewritten, path => Assert.True(path.StartsWith(PostEntryPrefix, StringComparison.Ordinal)
            || path.StartsWith(SearchRoutes.IndexFolder + "/t/", StringComparison.Ordinal) || path.EndsWith("/manifest.json", StringComparison.Ordinal), path));
        Assert.Empty(site.DifferencesFromFull());
    }

    [Fact]
    public void A_damaged_entry_in_the_cache_is_tokenized_again_never_used()
    {
        using var site = new WorkingSite();
        site.Incremental();
        var (cache, _) = BuildCache.Load(site.CacheFolder);
        var entries = cache.Section(SearchTokenCache.Section);
        foreach (var key in entries.Keys.ToList())
            entries[key] = entries[key] with { Value = [1, 2, 3] };
        cache.Save(site.CacheFolder);
        site.Write(Post, site.Read(Post).TrimEnd() + "\n\nMột đoạn nữa.\n");

        site.Incremental();
        Assert.Empty(site.DifferencesFromFull());
    }
}
