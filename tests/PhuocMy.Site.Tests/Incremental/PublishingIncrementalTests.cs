namespace PhuocMy.Site.Tests.Incremental;

/// <summary>
/// What only a draft shows stays private, and incremental builds agree: a data table only a draft draws and a file
/// only a draft links to follow the draft as it is published and withdrawn, while the pages that decide it are
/// reused from the cache (not parsed, rendered or checked again).
/// </summary>
public sealed class PublishingIncrementalTests
{
    private const string TableId = "bang-rieng-cua-ban-nhap";
    private const string Note = "input/tep-kem/bien-ban-hop.txt";
    private const string Draft = "input/posts/2025/ban-nhap-co-bang.md";

    [Fact]
    public void A_table_and_a_file_only_a_draft_uses_follow_the_draft_in_incremental_builds()
    {
        using var site = new WorkingSite();
        var table = site.Read("input/data/chi-bo-dai-hoi-2020.json").Replace("\"id\": \"chi-bo-dai-hoi-2020\"", $"\"id\": \"{TableId}\"", StringComparison.Ordinal);
        Assert.Contains(TableId, table);
        site.Write($"input/data/{TableId}.json", table);
        site.Write(Note, "Biên bản họp (mẫu).\n");
        WriteDraft(site, draft: true);

        site.Incremental();
        AssertSound(site, published: false);

        site.Incremental();
        AssertSound(site, published: false);

        WriteDraft(site, draft: false);
        site.Incremental();
        AssertSound(site, published: true);

        var other = site.SourceFiles().First(path => path.StartsWith("input/posts/2020/", StringComparison.Ordinal));
        site.Write(other, site.Read(other) + "\nMột đoạn thêm vào cuối bài.\n");
        var unrelated = site.Incremental();
        Assert.True(unrelated.Cache!.ParsedReused > 0 && unrelated.Cache.RenderedReused > 0, "the pages that decide must come from the cache");
        AssertSound(site, published: true);

        WriteDraft(site, draft: true);
        site.Incremental();
        AssertSound(site, published: false);
    }

    private static void WriteDraft(WorkingSite site, bool draft) =>
        site.Write(Draft,
            $"---\ntitle: Bản nháp có bảng số liệu riêng\ndate: 2025-06-20 09:00\ncategory: Thông báo\ndraft: {(draft ? "true" : "false")}\nsample: true\n---\n"
            + $"Đoạn mở đầu.\n\n{{{{< chart {TableId} >}}}}\n\nXem [biên bản họp](/tep-kem/bien-ban-hop.txt).\n");

    private static void AssertSound(WorkingSite site, bool published)
    {
        Assert.Empty(site.DifferencesFromFull());
        var files = site.OutputFiles().Keys.ToList();
        Assert.Equal(published, files.Contains("tep-kem/bien-ban-hop.txt"));
        Assert.Equal(published, files.Any(path => path.Contains(TableId, StringComparison.Ordinal)));
        Assert.Equal(published, File.ReadAllText(Path.Combine(site.Output, "index.html")).Contains(TableId, StringComparison.Ordinal)
            || File.ReadAllText(Path.Combine(site.Output, "so-lieu", "index.html")).Contains(TableId, StringComparison.Ordinal));
    }
}
