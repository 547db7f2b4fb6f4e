using PhuocMy.Site.Caching;
using PhuocMy.Site.Composition;
using PhuocMy.Site.Pipeline;

namespace PhuocMy.Site.Tests.Incremental;

/// <summary>
/// The build cache's entries keep their bytes in a values file beside the index (<c>build-cache.*.values</c>), read
/// only when a step reuses an entry: bytes damaged there are never used, a missing file makes the cache ignored,
/// and the folder holds the saved cache's one values file, whatever a failed build did.
/// </summary>
public sealed class CacheValuesFileTests : IDisposable
{
    private readonly WorkingSite site = new();

    private string[] ValuesFiles() =>
        Directory.EnumerateFiles(site.CacheFolder, "build-cache.*.values").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();

    private string Post => site.SourceFiles().First(path => path.StartsWith("input/posts/", StringComparison.Ordinal));

    [Fact]
    public void Bytes_damaged_in_the_values_file_are_made_again_and_the_build_is_still_exact()
    {
        site.Incremental();
        var values = Path.Combine(site.CacheFolder, Assert.Single(ValuesFiles()));
        var bytes = File.ReadAllBytes(values);
        for (var i = 1; i < 16; i++) bytes[bytes.Length * i / 16] ^= 0x20;
        File.WriteAllBytes(values, bytes);
        RealisticEdits.Apply(site, Post, 1);

        var rebuilt = site.Incremental();

        Assert.Empty(site.DifferencesFromFull());
        // Fifteen damaged entries at most were refused; the rest of the cache was still used.
        Assert.True(rebuilt.Cache!.ParsedReused > 0);
        Assert.True(rebuilt.Cache.ParsedMade + rebuilt.Cache.CheckedMade + rebuilt.Cache.Made(SearchTokenCacheSection) >= 2);
    }

    [Fact]
    public void A_missing_values_file_makes_the_cache_ignored_and_the_build_is_still_exact()
    {
        site.Incremental();
        File.Delete(Path.Combine(site.CacheFolder, Assert.Single(ValuesFiles())));
        File.Delete(Path.Combine(site.CacheFolder, BuildStamp.FileName));

        var rebuilt = site.Incremental();

        Assert.NotNull(rebuilt.CacheIgnored);
        Assert.Equal(0, rebuilt.Cache!.RenderedReused);
        Assert.Empty(site.DifferencesFromFull());
        Assert.Single(ValuesFiles());
    }

    [Fact]
    public void A_rebuild_appends_to_the_saved_values_file_and_a_failed_build_leaves_no_file_of_its_own()
    {
        site.Incremental();
        var saved = Assert.Single(ValuesFiles());
        var before = new FileInfo(Path.Combine(site.CacheFolder, saved)).Length;
        RealisticEdits.Apply(site, Post, 2);
        site.Incremental();

        // What the edit made was added after the saved bytes; nothing reused was copied.
        Assert.Equal([saved], ValuesFiles());
        Assert.InRange(new FileInfo(Path.Combine(site.CacheFolder, saved)).Length, before + 1, before + before / 4);

        site.Write(Post, site.Read(Post) + "\nXem [trang không có](/trang-khong-co-that/).\n");
        var failed = SiteBuilder.Build(new BuildOptions(site.Input, site.Theme, site.Output) { CacheDirectory = site.CacheFolder }, StandardSite.Generator());

        Assert.False(failed.Succeeded);
        Assert.Equal([saved], ValuesFiles());
        site.Write(Post, site.Read(Post).Replace("\nXem [trang không có](/trang-khong-co-that/).\n", ""));
        site.Incremental();
        Assert.Empty(site.DifferencesFromFull());
    }

    [Fact]
    public void When_most_of_the_values_file_is_unused_a_save_starts_a_new_one_and_the_file_stays_bounded()
    {
        site.Incremental();
        var first = Assert.Single(ValuesFiles());
        var cold = new FileInfo(Path.Combine(site.CacheFolder, first)).Length;
        var names = new HashSet<string> { first };
        // Every page shows the base layout: each edit makes every page's entries again, and the old ones unused.
        for (var round = 0; round < 5; round++)
        {
            RealisticEdits.Apply(site, "theme/_layouts/base.liquid", round);
            site.Incremental();
            var current = Assert.Single(ValuesFiles());
            names.Add(current);
            Assert.InRange(new FileInfo(Path.Combine(site.CacheFolder, current)).Length, 1, 3 * cold + (1 << 20));
        }

        Assert.True(names.Count > 1, "the values file was never started again");
        Assert.Empty(site.DifferencesFromFull());
    }

    private const string SearchTokenCacheSection = PhuocMy.Site.Features.Search.SearchTokenCache.Section;

    public void Dispose() => site.Dispose();
}
