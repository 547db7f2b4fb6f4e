using PhuocMy.Site.Caching;
using PhuocMy.Site.Dependencies;
using PhuocMy.Site.Testing;

namespace PhuocMy.Site.Tests.Building;

/// <summary>The one cache primitive: an entry is reused only while its key, its reads and its files all hold; every lookup is counted.</summary>
public sealed class CacheStepTests
{
    private static readonly ContentHash Key = ContentHash.Of("key");
    private static readonly DependencyKey Layout = DependencyKey.File("_layouts/post.liquid");
    private static readonly WrittenOutput Page = new("a/index.html", ContentHash.Of("page"));

    /// <summary>A previous build that kept one entry in section "s", and a session over it whose output folder holds <paramref name="written"/>.</summary>
    private static CacheSession After(CacheEntry entry, params WrittenOutput[] written)
    {
        var previous = new BuildCache();
        previous.Section("s")["a"] = entry;
        return new CacheSession(previous, (path, hash) => written.Contains(new WrittenOutput(path, hash)), _ => ReadOnlyMemory<byte>.Empty);
    }

    private static readonly CacheEntry Made = new(Key, [new RecordedRead(Layout, ContentHash.Of("v1"))], [Page], [1, 2]);

    private static ContentHash Now(DependencyKey key) => key == Layout ? ContentHash.Of("v1") : ContentHash.Absent;

    [Fact]
    public void An_entry_whose_key_reads_and_files_hold_is_reused_counted_and_kept()
    {
        var session = After(Made, Page);
        Assert.True(session.Step("s").TryReuse("a", Key, Now, out var entry));
        Assert.Equal([1, 2], entry.Value);
        Assert.Equal(1, session.Counters.Reused("s"));
        Assert.Equal(0, session.Counters.Made("s"));
        Assert.Same(Made, session.Next.Section("s")["a"]);
    }

    [Fact]
    public void A_new_key_a_changed_read_or_a_touched_file_is_a_miss_and_nothing_is_kept()
    {
        Assert.False(After(Made, Page).Step("s").TryReuse("a", ContentHash.Of("other"), Now, out _));
        Assert.False(After(Made, Page).Step("s").TryReuse("a", Key, _ => ContentHash.Of("v2"), out _));
        Assert.False(After(Made).Step("s").TryReuse("a", Key, Now, out _));

        var session = After(Made);
        Assert.False(session.Step("s").TryReuse("a", Key, Now, out _));
        Assert.Equal(1, session.Counters.Made("s"));
        Assert.Empty(session.Next.Section("s"));
    }

    [Fact]
    public void Bytes_the_step_cannot_read_back_are_a_miss()
    {
        var session = After(Made, Page);
        Assert.False(session.Step("s").TryReuse<string>("a", Key, Now, _ => null, out _, out _));
        Assert.Equal(1, session.Counters.Made("s"));
    }

    [Fact]
    public void Sections_are_saved_and_loaded_whole_by_the_build_cache_without_knowing_what_they_hold()
    {
        using var folder = new TempFolder("cachestep");
        var cache = new BuildCache();
        cache.Section("s")["a"] = Made;
        cache.Save(folder.Path);
        var (loaded, ignored) = BuildCache.Load(folder.Path);
        Assert.Null(ignored);
        var entry = loaded.Section("s")["a"];
        Assert.Equal((Made.Key, Made.Reads.Single(), Made.Outputs.Single()), (entry.Key, entry.Reads.Single(), entry.Outputs.Single()));
        Assert.Equal(Made.Value, entry.Value);
    }
}
