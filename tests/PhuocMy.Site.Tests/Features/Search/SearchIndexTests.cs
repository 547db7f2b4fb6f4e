using System.IO.Compression;
using System.Text.Json;
using PhuocMy.Site.Features.Search;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Tests.Support;

namespace PhuocMy.Site.Tests.Features.Search;

/// <summary>The index the build writes for the real site: which pages it lists and what their result entries say.</summary>
public sealed class SearchIndexTests
{
    private const string Folder = SearchRoutes.IndexFolder + "/";

    private static readonly Lazy<IReadOnlyList<JsonElement>> Entries = new(() => EntriesOf(RealSite.Result));

    private static IReadOnlyList<JsonElement> EntriesOf(GenerationResult result)
    {
        var manifest = JsonDocument.Parse(Bytes(result, Folder + "manifest.json")).RootElement;
        var count = manifest.GetProperty("documents").GetInt32();
        return Enumerable.Range(0, count).Select(i => JsonDocument.Parse(Bytes(result, $"{Folder}d/{i}.json")).RootElement).ToList();
    }

    private static byte[] Bytes(GenerationResult result, string path) => result.Files.Single(f => f.Path == path).Bytes().ToArray();

    private static JsonElement EntryOf(string url) => Entries.Value.Single(e => e.GetProperty("url").GetString() == url);

    [Fact]
    public void Every_post_page_document_and_data_table_is_listed_and_no_listing()
    {
        var site = RealSite.Result;
        var listed = Entries.Value.Select(e => e.GetProperty("url").GetString()!).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(listed.Count, Entries.Value.Count);

        Assert.Contains("/tin-tuc/dai-hoi-dang-bo-phuong-lan-thu-xi/", listed);
        Assert.Contains("/gioi-thieu/", listed);
        Assert.Contains("/so-lieu/thu-ngan-sach-6-thang-2020/", listed);
        Assert.Contains(listed, url => url.StartsWith("/van-ban/", StringComparison.Ordinal));
        foreach (var listing in new[] { "/", "/luu-tru/", "/van-ban/", "/so-lieu/", "/tu-khoa/", "/tim-kiem/", "/404.html", "/chuyen-muc/xay-dung-dang/" })
            Assert.DoesNotContain(listing, listed);

        var posts = site.Files.Count(f => f.Path.Split('/') is ["tin-tuc", var slug, "index.html"] && slug != "trang");
        Assert.Equal(posts, Entries.Value.Count(e => e.GetProperty("kind").GetString() == "post"));
    }

    [Fact]
    public void A_post_entry_has_its_title_category_date_and_body_without_the_sample_notice()
    {
        var entry = EntryOf("/tin-tuc/dai-hoi-dang-bo-phuong-lan-thu-xi/");
        Assert.Equal("Đại hội Đảng bộ phường Phước Mỹ lần thứ XI, nhiệm kỳ 2020-2025", entry.GetProperty("title").GetString());
        Assert.Equal("post", entry.GetProperty("kind").GetString());
        Assert.Equal("Xây dựng Đảng", entry.GetProperty("section").GetString());
        Assert.Matches(@"^2020-\d\d-\d\d$", entry.GetProperty("date").GetString());
        var text = entry.GetProperty("text").GetString()!;
        Assert.Contains("Đảng bộ", text);
        Assert.DoesNotContain("Nội dung mẫu", text);
    }

    [Fact]
    public void A_document_is_dated_by_its_issue_date_and_a_page_has_no_date()
    {
        var document = Entries.Value.First(e => e.GetProperty("kind").GetString() == "document");
        Assert.Equal("Văn bản", document.GetProperty("section").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\d$", document.GetProperty("date").GetString());
        Assert.False(EntryOf("/gioi-thieu/").TryGetProperty("date", out _));
    }

    [Fact]
    public void The_index_is_gzip_shards_named_in_the_manifest()
    {
        var manifest = JsonDocument.Parse(Bytes(RealSite.Result, Folder + "manifest.json")).RootElement;
        foreach (var name in manifest.GetProperty("files").EnumerateArray())
        {
            using var gzip = new GZipStream(new MemoryStream(Bytes(RealSite.Result, $"{Folder}t/{name.GetString()}.bin")), CompressionMode.Decompress);
            gzip.CopyTo(Stream.Null);
        }
    }

    [Fact]
    public void A_title_with_markup_is_kept_as_text_in_its_entry()
    {
        var result = TestSite.Clean(new TestSite()
            .Post("tin-xss", "<img src=x onerror=alert(1)> Đại hội", "2020-01-02 08:00")
            .Generate());
        var entry = EntriesOf(result).Single(e => e.GetProperty("url").GetString() == "/tin-tuc/tin-xss/");
        Assert.Equal("<img src=x onerror=alert(1)> Đại hội", entry.GetProperty("title").GetString());
    }

    [Fact]
    public void The_search_page_is_planned_with_the_search_layout_and_the_header_box_is_on_every_page()
    {
        var html = TestSite.Html(RealSite.Result, "tim-kiem/index.html");
        Assert.Contains("id=\"search-nojs\"", html);
        Assert.Contains("data-search-index=\"/tim-kiem/chi-muc/\"", html);
        foreach (var page in RealSite.Result.Files.Where(f => f.IsHtml && f.Path != "404.html").Take(50))
            Assert.Contains("action=\"/tim-kiem/\"", System.Text.Encoding.UTF8.GetString(page.Bytes().Span));
    }
}
