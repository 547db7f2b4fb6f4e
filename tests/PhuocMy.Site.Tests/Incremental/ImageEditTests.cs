using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Tests.Features.Images;

namespace PhuocMy.Site.Tests.Incremental;

/// <summary>
/// Photos under the build cache: replacing a photo makes again exactly the pages that show it, and the incremental
/// output is the full build's byte for byte; a build with nothing changed decodes and encodes nothing.
/// </summary>
public sealed class ImageEditTests
{
    private const string LeadPhoto = "input/images/anh-dan.jpg";
    private const string BodyPhoto = "input/images/anh-than-bai.jpg";
    private const string LeadPost = "input/posts/2020/anh-dau-bai.md";
    private const string BodyPost = "input/posts/2020/anh-trong-bai.md";

    private static WorkingSite SiteWithPhotos()
    {
        var site = new WorkingSite();
        WriteBytes(site, LeadPhoto, TestPhotos.SidewaysPhone(1200, 900, shade: 120));
        WriteBytes(site, BodyPhoto, TestPhotos.SidewaysPhone(1000, 750, shade: 80));
        site.Write(LeadPost, """
            ---
            title: Ảnh đầu bài thử nghiệm
            date: 2020-03-02 08:00
            category: Tin tức - Sự kiện
            image: /images/anh-dan.jpg
            image_alt: Người dân ra quân dọn vệ sinh
            sample: true
            ---
            Sapo của bài có ảnh đầu bài.

            Nội dung bài.
            """);
        site.Write(BodyPost, """
            ---
            title: Ảnh trong bài thử nghiệm
            date: 2020-03-01 08:00
            category: Tin tức - Sự kiện
            sample: true
            ---
            Sapo của bài có ảnh trong bài.

            Đoạn đầu.

            ![Bờ biển sau khi dọn vệ sinh](/images/anh-than-bai.jpg)
            """);
        return site;
    }

    private static void WriteBytes(WorkingSite site, string relative, byte[] bytes) => File.WriteAllBytes(site.PathOf(relative), bytes);

    private static Dictionary<string, DateTime> ImageCacheEntries(WorkingSite site)
    {
        var folder = Path.Combine(site.CacheFolder, "images");
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(path => path, File.GetLastWriteTimeUtc)
            : [];
    }

    [Fact]
    public void A_build_with_nothing_changed_converts_no_photo_and_writes_nothing()
    {
        using var site = SiteWithPhotos();
        site.Incremental();
        var entries = ImageCacheEntries(site);
        // Variants and the sharing image of the lead photo, variants of the body photo.
        Assert.Equal(3, entries.Count);
        Assert.True(site.Incremental().NothingChanged);

        // Without the build stamp the build goes through the cache, and still converts and writes nothing.
        File.Delete(Path.Combine(site.CacheFolder, Caching.BuildStamp.FileName));
        var again = site.Incremental();
        Assert.Equal(0, again.Cache!.ParsedMade);
        Assert.Equal(0, again.Cache.RenderedMade);
        Assert.Equal(0, again.FilesWritten);
        Assert.Equal(entries, ImageCacheEntries(site));
        Assert.Empty(site.DifferencesFromFull());
    }

    [Fact]
    public void Replacing_a_lead_photo_renders_the_page_that_shows_it_and_publishes_what_a_full_build_does()
    {
        using var site = SiteWithPhotos();
        site.Incremental();
        var oldVariants = Directory.EnumerateFiles(Path.Combine(site.Output, "images"), "anh-dan-*").Select(Path.GetFileName).ToList();
        Assert.NotEmpty(oldVariants);

        WriteBytes(site, LeadPhoto, TestPhotos.SidewaysPhone(1200, 900, shade: 200));
        var result = site.Incremental();
        Assert.Equal(0, result.Cache!.ParsedMade);
        Assert.Equal(1, result.Cache.RenderedMade);
        Assert.Empty(site.DifferencesFromFull());
        var newVariants = Directory.EnumerateFiles(Path.Combine(site.Output, "images"), "anh-dan-*").Select(Path.GetFileName).ToList();
        Assert.Equal(oldVariants.Count, newVariants.Count);
        Assert.Empty(oldVariants.Intersect(newVariants));
    }

    [Fact]
    public void Replacing_a_photo_in_a_body_parses_and_renders_that_post_only_and_publishes_what_a_full_build_does()
    {
        using var site = SiteWithPhotos();
        site.Incremental();

        WriteBytes(site, BodyPhoto, TestPhotos.SidewaysPhone(1400, 1050, shade: 60));
        var result = site.Incremental();
        Assert.Equal(1, result.Cache!.ParsedMade);
        Assert.Equal(1, result.Cache.RenderedMade);
        Assert.Empty(site.DifferencesFromFull());
        var page = File.ReadAllText(Path.Combine(site.Output, "tin-tuc", "anh-trong-bai", "index.html"));
        Assert.Contains("width=\"1050\" height=\"1400\"", page);
    }

    [Fact]
    public void A_photo_replaced_by_a_broken_file_fails_the_build_and_leaves_the_output_as_it_was()
    {
        using var site = SiteWithPhotos();
        site.Incremental();
        var before = site.OutputFiles();

        WriteBytes(site, BodyPhoto, TestPhotos.Truncated());
        var result = SiteBuilder.Build(new BuildOptions(site.Input, site.Theme, site.Output) { CacheDirectory = site.CacheFolder }, Composition.StandardSite.Generator());
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.File == BodyPost && d.Line == 11 && d.Message.Contains(BodyPhoto, StringComparison.Ordinal));
        var after = site.OutputFiles();
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, pair => Assert.Equal(pair.Value, after[pair.Key]));
    }

    [Fact]
    public void Replacing_a_photo_in_a_document_publishes_what_a_full_build_does()
    {
        using var site = SiteWithPhotos();
        const string document = "input/documents/12-tb-ubnd-2024.md";
        WriteBytes(site, "input/images/so-do.jpg", TestPhotos.SidewaysPhone(900, 600, shade: 100));
        site.Write(document, """
            ---
            title: Thông báo thử nghiệm có ảnh
            number: 12/TB-UBND
            type: Thông báo
            issuer: UBND phường Phước Mỹ
            signer: Chủ tịch UBND phường
            issued: 2024-05-02
            effective: 2024-05-02
            sample: true
            ---
            Nội dung thông báo.

            ![Sơ đồ vị trí tập kết rác](/images/so-do.jpg)
            """);
        site.Incremental();
        site.Incremental();
        Assert.Empty(site.DifferencesFromFull());

        WriteBytes(site, "input/images/so-do.jpg", TestPhotos.SidewaysPhone(900, 600, shade: 180));
        site.Incremental();
        Assert.Empty(site.DifferencesFromFull());
    }
}
