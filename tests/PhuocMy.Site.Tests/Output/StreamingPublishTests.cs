using System.Collections.Concurrent;
using PhuocMy.Site.Composition;
using PhuocMy.Site.Output;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Tests.Incremental;

namespace PhuocMy.Site.Tests.Output;

/// <summary>
/// A build from disk writes each file into the staging folder as soon as it is made (so the site is not held in
/// memory), and still publishes only a build that succeeded: one that fails after its pages were staged leaves the
/// old site exactly as it was and no staging folder.
/// </summary>
public sealed class StreamingPublishTests : IDisposable
{
    private readonly WorkingSite site = new();

    [Fact]
    public void Pages_are_staged_as_they_are_rendered_and_a_build_failing_its_checks_afterwards_publishes_none_of_them()
    {
        site.Incremental();
        var before = site.OutputFiles();
        var post = Path.Combine(site.Input, "posts", "2020", "hoi-nghi-so-ket-6-thang-dau-nam-2020.md");
        File.AppendAllText(post, "\nXem thêm [trang không có](/trang-khong-co-that/).\n");

        var staged = new ConcurrentBag<string>();
        var result = SiteBuilder.Build(new BuildOptions(site.Input, site.Theme, site.Output)
        {
            CacheDirectory = site.CacheFolder, BeforeWrite = staged.Add,
        }, StandardSite.Generator());

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.File.EndsWith("hoi-nghi-so-ket-6-thang-dau-nam-2020.md", StringComparison.Ordinal) && d.Line is not null);
        // The edited post's page was written into the staging folder before the check phase failed the build.
        Assert.Contains(staged, path => path.EndsWith("/index.html", StringComparison.Ordinal) && path.Contains("hoi-nghi-so-ket-6-thang-dau-nam-2020", StringComparison.Ordinal));
        Assert.True(staged.Count(path => path.EndsWith(".html", StringComparison.Ordinal)) > 100, "the other pages were staged too");
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), site.OutputFiles().Keys.Order(StringComparer.Ordinal));
        Assert.All(site.OutputFiles(), file => Assert.Equal(before[file.Key], file.Value));
        Assert.False(Directory.Exists(OutputFolder.For(site.Output, out _)!.Staging));
    }

    [Fact]
    public void A_staged_file_leaves_memory_and_reads_back_the_same_bytes_and_nothing_is_live_until_published()
    {
        using var held = OutputWriter.Lock(site.Output);
        var staging = StagedSite.Open(held);
        var page = new OutputFile("tin-tuc/a/index.html", "<p>Phước Mỹ</p>"u8.ToArray(), []);

        var staged = staging.Stage(page);

        Assert.True(staged.Staged);
        Assert.True(staged.Content.IsEmpty);
        Assert.Equal(page.Hash, staged.Hash);
        Assert.Equal(page.Content.ToArray(), staged.Bytes().ToArray());
        Assert.False(Directory.Exists(site.Output));

        var summary = staging.Publish([staged, new OutputFile("robots.txt", "User-agent: *\n"u8.ToArray(), [])]);

        Assert.Equal(["robots.txt", "tin-tuc/a/index.html"], summary.Changed);
        Assert.Equal(["robots.txt", "tin-tuc/a/index.html"], site.OutputFiles().Keys.Order(StringComparer.Ordinal));
        Assert.False(Directory.Exists(held.Folder.Staging));
    }

    [Fact]
    public void A_file_staged_but_not_in_the_published_list_is_not_published()
    {
        using var held = OutputWriter.Lock(site.Output);
        var staging = StagedSite.Open(held);
        staging.Stage(new OutputFile("cu/index.html", "<p>cũ</p>"u8.ToArray(), []));

        staging.Publish([new OutputFile("index.html", "<p>mới</p>"u8.ToArray(), [])]);

        Assert.Equal(["index.html"], site.OutputFiles().Keys);
        Assert.Empty(Directory.EnumerateDirectories(site.Output));
    }

    public void Dispose() => site.Dispose();
}
