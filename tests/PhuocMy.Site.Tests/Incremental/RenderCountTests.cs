using PhuocMy.Site.Caching;
using PhuocMy.Site.Pipeline;

namespace PhuocMy.Site.Tests.Incremental;

/// <summary>The cache does the least work an edit needs, counted, so it cannot quietly degrade into full rebuilds.</summary>
public sealed class RenderCountTests
{
    private const string Post = "input/posts/2020/hoi-nghi-so-ket-6-thang-dau-nam-2020.md";

    [Fact]
    public void A_second_build_with_nothing_changed_is_recognised_before_any_work_and_writes_nothing()
    {
        using var site = new WorkingSite();
        var first = site.Incremental();
        var before = Snapshot(site);

        var second = site.Incremental();
        Assert.True(second.NothingChanged);
        Assert.Null(second.Cache);
        Assert.Equal(first.PagesWritten, second.PagesWritten);
        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Equal(0, second.FilesWritten);
        Assert.Equal(before, Snapshot(site));
    }

    [Fact]
    public void Without_the_build_stamp_a_second_build_reuses_every_result_and_writes_nothing()
    {
        using var site = new WorkingSite();
        var first = site.Incremental();
        var before = Snapshot(site);
        File.Delete(Path.Combine(site.CacheFolder, BuildStamp.FileName));

        var second = site.Incremental();
        Assert.False(second.NothingChanged);
        Assert.Equal(0, second.Cache!.RenderedMade);
        Assert.Equal(0, second.Cache.ParsedMade);
        Assert.Equal(0, second.Cache.CheckedMade);
        Assert.Equal(first.Cache!.RenderedMade, second.Cache.RenderedReused);
        // Sharing cards are drawn once, then taken as the output folder holds them.
        Assert.True(first.Cache.GeneratedMade > 0);
        Assert.Equal(0, second.Cache.GeneratedMade);
        Assert.Equal(first.Cache.GeneratedMade, second.Cache.GeneratedReused);
        Assert.Equal(0, second.FilesWritten);
        Assert.Equal(before, Snapshot(site));
    }

    [Fact]
    public void A_touched_output_file_makes_the_build_look_again()
    {
        using var site = new WorkingSite();
        site.Incremental();
        var home = Path.Combine(site.Output, "index.html");
        File.SetLastWriteTimeUtc(home, File.GetLastWriteTimeUtc(home).AddMinutes(-5));

        var second = site.Incremental();
        Assert.False(second.NothingChanged);
        Assert.Empty(site.DifferencesFromFull());
    }

    [Fact]
    public void Editing_a_paragraph_of_one_post_renders_that_post_only()
    {
        using var site = new WorkingSite();
        site.Incremental();
        site.Write(Post, site.Read(Post).TrimEnd() + "\n\nĐoạn bổ sung sau khi đăng.\n");

        var result = site.Incremental();
        Assert.Equal(1, result.Cache!.ParsedMade);
        Assert.Equal(1, result.Cache.RenderedMade);
        Assert.Equal(1, result.Cache.CheckedMade);
        // The page itself, and the feeds of its category, which carry each post's full text; and in the search index
        // the post's result entry, the shards holding its words (two in this site) and the manifest (SearchIndexCacheTests).
        Assert.InRange(result.FilesWritten, 1, 5 + 4);
        Assert.Contains("Đoạn bổ sung sau khi đăng.", File.ReadAllText(Path.Combine(site.Output, "tin-tuc", "hoi-nghi-so-ket-6-thang-dau-nam-2020", "index.html")));
    }

    [Fact]
    public void Editing_a_title_renders_the_pages_that_show_it_and_no_others()
    {
        using var site = new WorkingSite();
        var first = site.Incremental();
        site.Write(Post, site.Read(Post).Replace("\ntitle: ", "\ntitle: Tin đã sửa - "));

        var result = site.Incremental();
        var pages = first.PagesWritten;
        Assert.InRange(result.Cache!.RenderedMade, 3, pages / 2);
        Assert.Contains("Tin đã sửa - ", File.ReadAllText(Path.Combine(site.Output, "index.html")));
        Assert.Empty(site.DifferencesFromFull());
    }

    [Fact]
    public void Editing_a_partial_renders_the_pages_that_use_it()
    {
        using var site = new WorkingSite();
        var first = site.Incremental();
        site.Write("theme/_includes/pagination.liquid", site.Read("theme/_includes/pagination.liquid") + "<!-- sửa -->\n");

        var result = site.Incremental();
        Assert.InRange(result.Cache!.RenderedMade, 1, first.PagesWritten - 1);
        Assert.Empty(site.DifferencesFromFull());
    }

    [Fact]
    public void The_side_column_on_every_page_follows_the_newest_documents_listing_and_not_their_text()
    {
        const string newest = "input/documents/95-tb-ubnd-2025.md";
        using var site = new WorkingSite();
        var first = site.Incremental();

        site.Write(newest, site.Read(newest).TrimEnd() + "\n\nĐoạn bổ sung: nội dung được cập nhật.\n");
        var bodyEdit = site.Incremental();
        // The document's page and the registry pages that cite it; not every page with the side column.
        Assert.InRange(bodyEdit.Cache!.RenderedMade, 1, 8);
        Assert.Empty(site.DifferencesFromFull());

        site.Write(newest, site.Read(newest).Replace("\ntitle: ", "\ntitle: Đã sửa - "));
        var titleEdit = site.Incremental();
        Assert.InRange(titleEdit.Cache!.RenderedMade, first.PagesWritten / 2, first.PagesWritten);
        Assert.Contains("Đã sửa - ", File.ReadAllText(Path.Combine(site.Output, "tin-tuc", "hoi-nghi-so-ket-6-thang-dau-nam-2020", "index.html")));
        Assert.Empty(site.DifferencesFromFull());
    }

    private static Dictionary<string, (long, DateTime)> Snapshot(WorkingSite site) =>
        Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .ToDictionary(path => path, path => (new FileInfo(path).Length, File.GetLastWriteTimeUtc(path)));
}
