namespace PhuocMy.Site.Tests.Incremental;

/// <summary>
/// An incremental build is byte-identical to a full build, always: for every input and theme file of the real
/// site, an edit is made and built from the previous build's cache, and the output folder is compared with a
/// full build from scratch. Edits accumulate, as in a working session.
/// </summary>
public sealed class IncrementalSoundnessTests
{
    public static TheoryData<string> Kinds => new() { "input/posts/", "input/pages/", "input/data/", "input/documents/", "input/schedule/", "input/images/", "input/site.yml", "theme/_layouts/", "theme/_includes/", "theme/assets/", "theme/_archetypes/" };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_edit_builds_incrementally_to_exactly_the_full_build(string kind)
    {
        using var site = new WorkingSite();
        site.Incremental();
        var files = site.SourceFiles().Where(path => path.StartsWith(kind, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(files);

        var problems = new List<string>();
        for (var i = 0; i < files.Count; i++)
        {
            RealisticEdits.Apply(site, files[i], i);
            site.Incremental();
            problems.AddRange(site.DifferencesFromFull().Select(problem => $"after editing {files[i]}: {problem}"));
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems.Take(20)));
    }

    [Fact]
    public void Adding_and_deleting_posts_builds_incrementally_to_exactly_the_full_build()
    {
        using var site = new WorkingSite();
        site.Incremental();

        site.Write("input/posts/2025/tin-moi-them.md",
            "---\ntitle: Tin mới thêm về chuyển đổi số\ndate: 2025-06-20 09:00\ncategory: Tin tức - Sự kiện\ntags: [chuyển đổi số]\nsample: true\n---\nĐoạn mở đầu của tin mới.\n\nNội dung tin mới.\n");
        site.Incremental();
        Assert.Empty(site.DifferencesFromFull());

        var victim = site.SourceFiles().First(path => path.StartsWith("input/posts/2020/", StringComparison.Ordinal));
        File.Delete(site.PathOf(victim));
        site.Incremental();
        Assert.Empty(site.DifferencesFromFull());

        File.Delete(site.PathOf("input/posts/2025/tin-moi-them.md"));
        site.Incremental();
        Assert.Empty(site.DifferencesFromFull());
    }

    [Fact]
    public void Posts_that_come_due_or_lapse_between_builds_build_incrementally_to_exactly_the_full_build()
    {
        using var site = new WorkingSite();
        site.Write("input/posts/2025/thong-bao-co-han.md",
            "---\ntitle: Thông báo lịch tiếp công dân có hạn\ndate: 2025-06-20 08:00\nexpires: 2025-06-25 17:00\ncategory: Thông báo\nsample: true\n---\nNội dung thông báo.\n");
        site.Write("input/posts/2025/tin-hen-gio.md",
            "---\ntitle: Tin hẹn giờ đăng\ndate: 2025-06-24 07:00\ncategory: Thông báo\nsample: true\n---\nNội dung tin hẹn giờ.\n");
        var before = new DateTimeOffset(2025, 6, 23, 9, 0, 0, TimeSpan.FromHours(7));
        var after = new DateTimeOffset(2025, 6, 26, 9, 0, 0, TimeSpan.FromHours(7));

        site.Incremental(before);
        Assert.Empty(site.DifferencesFromFull(before));
        site.Incremental(after);
        Assert.Empty(site.DifferencesFromFull(after));
        Assert.Contains("hết hiệu lực", File.ReadAllText(Path.Combine(site.Output, "tin-tuc", "thong-bao-co-han", "index.html")));
    }

    [Fact]
    public void A_damaged_build_stamp_is_not_trusted()
    {
        using var site = new WorkingSite();
        site.Incremental();
        var stampFile = Path.Combine(site.CacheFolder, Caching.BuildStamp.FileName);
        var bytes = File.ReadAllBytes(stampFile);
        bytes[bytes.Length / 2] ^= 0x20;
        File.WriteAllBytes(stampFile, bytes);

        var second = site.Incremental();
        Assert.False(second.NothingChanged);
        Assert.Empty(site.DifferencesFromFull());
        Assert.True(site.Incremental().NothingChanged);
    }

    [Fact]
    public void A_corrupt_or_foreign_cache_is_ignored_and_the_build_is_still_exact()
    {
        using var site = new WorkingSite();
        site.Incremental();
        var cacheFile = Path.Combine(site.CacheFolder, Caching.BuildCache.FileName);
        var bytes = File.ReadAllBytes(cacheFile);

        bytes[bytes.Length / 2] ^= 0xFF;
        bytes[bytes.Length / 3] ^= 0x5A;
        File.WriteAllBytes(cacheFile, bytes);
        RealisticEdits.Apply(site, site.SourceFiles().First(path => path.StartsWith("input/posts/", StringComparison.Ordinal)), 1);
        site.Incremental();
        Assert.Empty(site.DifferencesFromFull());

        // With nothing edited the build stamp would answer before the cache is read: take it away.
        var stampFile = Path.Combine(site.CacheFolder, Caching.BuildStamp.FileName);
        File.Delete(stampFile);
        File.WriteAllBytes(cacheFile, bytes[..(bytes.Length / 2)]);
        var truncated = site.Incremental();
        Assert.NotNull(truncated.CacheIgnored);
        Assert.Equal(0, truncated.Cache!.RenderedReused);
        Assert.Empty(site.DifferencesFromFull());

        File.Delete(stampFile);
        File.WriteAllText(cacheFile, "không phải bộ nhớ đệm");
        Assert.NotNull(site.Incremental().CacheIgnored);
        Assert.Empty(site.DifferencesFromFull());
    }

    [Fact]
    public void An_output_file_changed_by_hand_is_made_again()
    {
        using var site = new WorkingSite();
        site.Incremental();
        var page = Path.Combine(site.Output, "gioi-thieu", "index.html");
        File.WriteAllText(page, "sửa tay");
        site.Incremental();
        Assert.Empty(site.DifferencesFromFull());
    }
}
