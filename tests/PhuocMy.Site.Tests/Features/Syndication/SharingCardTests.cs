using PhuocMy.Site.Content;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Features.Syndication;
using PhuocMy.Site.Planning;
using PhuocMy.Site.SharingCards;
using PhuocMy.Site.SiteModel;
using PhuocMy.Site.Testing;
using PhuocMy.Site.Tests.Support;

namespace PhuocMy.Site.Tests.Features.Syndication;

/// <summary>Generated sharing cards: raster 1200×630, the same bytes for the same text and style, named by their content.</summary>
public sealed class SharingCardTests
{
    private static CardStyle NewStyle(string accent = "#ffd54f", byte[]? emblem = null) => new(
        CardColor.Parse("#a3201b")!.Value, CardColor.Parse("#fff")!.Value, CardColor.Parse(accent)!.Value,
        File.ReadAllBytes(Path.Combine(RepositoryPaths.Theme, "_fonts", "DejaVuSans-Bold.ttf")),
        emblem ?? File.ReadAllBytes(Path.Combine(RepositoryPaths.Theme, "assets", "logo.svg")));

    private static readonly CardStyle Style = NewStyle();

    private static readonly SharingCard Card = new("Đảng ủy phường sơ kết công tác 6 tháng đầu năm 2020", "Cổng thông tin điện tử phường Phước Mỹ", "phuocmy.netlify.app");

    [Fact]
    public void A_card_is_a_1200_by_630_png_with_the_same_bytes_every_time()
    {
        byte[] first, second;
        using (var renderer = new SharingCardRenderer(Style)) first = renderer.RenderPng(Card);
        using (var renderer = new SharingCardRenderer(NewStyle())) second = renderer.RenderPng(Card with { });

        Assert.Equal(("png", 1200, 630), ImageSize.Of(first));
        Assert.Equal(first, second);

        using var decoded = SkiaSharp.SKBitmap.Decode(first);
        Assert.Equal((1200, 630), (decoded.Width, decoded.Height));
        Assert.Equal(new SkiaSharp.SKColor(0xa3, 0x20, 0x1b), decoded.GetPixel(4, 300));
        Assert.Equal(new SkiaSharp.SKColor(0xff, 0xd5, 0x4f), decoded.GetPixel(600, 626));
        Assert.Equal(SharingCardRenderer.KeyOf(Card, Style), SharingCardRenderer.KeyOf(Card with { }, NewStyle()));
    }

    [Theory]
    [InlineData("Đảng ủy phường sơ kết công tác 6 tháng đầu năm 2020", false)]
    [InlineData("", false)]
    [InlineData("Đảng ủy phường sơ kết công tác 6 tháng đầu năm 2020", true)]
    public void A_card_spliced_from_reused_rows_is_one_valid_zlib_stream_of_every_row(string title, bool colourfulEmblem)
    {
        // The rows above and below the title are compressed once and spliced around the title's rows: the joined
        // stream must inflate (zlib checks its Adler-32) to exactly one filter byte and 1200 pixels a row. The
        // theme's cards fit a 256-colour palette (one byte a pixel); an emblem of many colours keeps RGB (three).
        using var renderer = new SharingCardRenderer(colourfulEmblem ? NewStyle(emblem: RainbowEmblem) : Style);
        renderer.RenderPng(Card with { Title = "Tin khác để các hàng dùng lại đã có sẵn" });
        var png = renderer.RenderPng(Card with { Title = title });

        const int ColourTypeAt = 8 + 8 + 9;
        Assert.Equal(colourfulEmblem ? 2 : 3, png[ColourTypeAt]);
        using var inflated = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(new MemoryStream(ImageData(png)), System.IO.Compression.CompressionMode.Decompress))
            zlib.CopyTo(inflated);
        Assert.Equal(630 * (1 + 1200 * (colourfulEmblem ? 3 : 1)), inflated.Length);
        using var decoded = SkiaSharp.SKBitmap.Decode(png);
        Assert.Equal(new SkiaSharp.SKColor(0xa3, 0x20, 0x1b), decoded.GetPixel(1180, 330));
        Assert.Equal(new SkiaSharp.SKColor(0xff, 0xd5, 0x4f), decoded.GetPixel(600, 626));
    }

    // Red across, green down, blue along the diagonal: colours spread over all three channels, more than any 256
    // can stand for within 8 of 255.
    private static readonly byte[] RainbowEmblem = System.Text.Encoding.UTF8.GetBytes(
        """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><defs>""" +
        """<linearGradient id="r" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#000"/><stop offset="1" stop-color="#f00"/></linearGradient>""" +
        """<linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#0f0" stop-opacity="0"/><stop offset="1" stop-color="#0f0" stop-opacity="0.7"/></linearGradient>""" +
        """<linearGradient id="b" x1="0" y1="1" x2="1" y2="0"><stop offset="0" stop-color="#00f" stop-opacity="0"/><stop offset="1" stop-color="#00f" stop-opacity="0.6"/></linearGradient>""" +
        """</defs><rect width="48" height="48" fill="url(#r)"/><rect width="48" height="48" fill="url(#g)"/><rect width="48" height="48" fill="url(#b)"/></svg>""");

    private static byte[] ImageData(byte[] png)
    {
        using var data = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            if (png.AsSpan(at + 4, 4).SequenceEqual("IDAT"u8)) data.Write(png, at + 8, length);
            at += 12 + length;
        }
        return data.ToArray();
    }

    [Fact]
    public void Another_title_or_colour_is_another_card()
    {
        using var renderer = new SharingCardRenderer(Style);
        var other = Card with { Title = "Đảng ủy phường sơ kết công tác 6 tháng đầu năm 2021" };
        Assert.NotEqual(renderer.RenderPng(Card), renderer.RenderPng(other));
        Assert.NotEqual(SharingCardRenderer.KeyOf(Card, Style), SharingCardRenderer.KeyOf(other, Style));
        Assert.NotEqual(SharingCardRenderer.KeyOf(Card, Style), SharingCardRenderer.KeyOf(Card, NewStyle(accent: "#000000")));
    }

    [Fact]
    public void Long_titles_and_words_still_make_a_card()
    {
        using var renderer = new SharingCardRenderer(Style);
        var long_ = Card with { Title = string.Join(' ', Enumerable.Repeat("Nghị quyết Hội đồng nhân dân phường về phát triển kinh tế - xã hội", 8)) };
        var word = Card with { Title = new string('Ư', 120) };
        Assert.Equal(("png", 1200, 630), ImageSize.Of(renderer.RenderPng(long_)));
        Assert.Equal(("png", 1200, 630), ImageSize.Of(renderer.RenderPng(word)));
    }

    [Fact]
    public void The_font_draws_every_vietnamese_letter_but_not_chinese()
    {
        using var renderer = new SharingCardRenderer(Style);
        Assert.True(renderer.CanDraw(SharingCardStyleReader.VietnameseLetters));
        Assert.False(renderer.CanDraw("Phước Mỹ 漢字"));
    }

    [Fact]
    public void Two_builds_write_the_same_cards_and_a_changed_title_changes_only_its_card()
    {
        TestSite Site(string title) => new TestSite().Post("a", "Tin A không đổi", "2020-07-15").Post("b", title, "2020-07-16")
            .Post("c", "Tin C", "2020-07-17").Post("d", "Tin D", "2020-07-18");
        static Dictionary<string, byte[]> Cards(Pipeline.GenerationResult result) =>
            TestSite.Clean(result).Files.Where(f => f.Path.StartsWith("chia-se/", StringComparison.Ordinal)).ToDictionary(f => f.Path, f => f.Content.ToArray());
        static string CardOf(Pipeline.GenerationResult result, string page) =>
            TestSite.Dom(result, page).QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;

        var first = Site("Tin B").Generate();
        var again = Site("Tin B").Generate();
        var changed = Site("Tin B đã sửa tiêu đề").Generate();

        Assert.Equal(Cards(first).Keys.Order(), Cards(again).Keys.Order());
        Assert.All(Cards(first), card => Assert.Equal(card.Value, Cards(again)[card.Key]));
        Assert.Equal(CardOf(first, "tin-tuc/a/index.html"), CardOf(changed, "tin-tuc/a/index.html"));
        Assert.NotEqual(CardOf(first, "tin-tuc/b/index.html"), CardOf(changed, "tin-tuc/b/index.html"));
        Assert.Equal(CardOf(first, "chuyen-muc/tin-tuc-su-kien/index.html"), CardOf(first, "chuyen-muc/tin-tuc-su-kien/trang/2/index.html"));
        Assert.NotEqual(CardOf(first, "chuyen-muc/tin-tuc-su-kien/index.html"), CardOf(first, "tin-tuc/a/index.html"));
    }

    [Fact]
    public void A_title_the_font_cannot_draw_is_a_warning_naming_the_post()
    {
        var result = new TestSite().Post("han-tu", "Giao lưu thư pháp 漢字", "2020-07-15").Generate();
        Assert.True(result.Succeeded, TestSite.Describe(result));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("input/posts/han-tu.md", warning.File);
        Assert.Contains("phông", warning.Message);
    }

    [Fact]
    public void A_colour_that_cannot_be_read_is_an_error_on_its_line()
    {
        var settings = TestSite.Settings + "\nsharing_card:\n  background: \"#a3201b\"\n  accent: vàng\n";
        var error = TestSite.SingleError(new TestSite(settings).Post("a", "Tin A", "2020-07-15").Generate());
        Assert.Equal("input/site.yml", error.File);
        Assert.Equal(settings.Split('\n').ToList().FindIndex(l => l.Contains("accent", StringComparison.Ordinal)) + 1, error.Line);
        Assert.Contains("accent", error.Message);
    }

    [Fact]
    public void A_missing_font_file_is_an_error()
    {
        var settings = TestSite.Settings + "\nsharing_card:\n  font: _fonts/khong-co.ttf\n";
        var error = TestSite.SingleError(new TestSite(settings).Post("a", "Tin A", "2020-07-15").Generate());
        Assert.Contains("_fonts/khong-co.ttf", error.Message);
    }

    [Fact]
    public void A_sharing_image_a_planner_gave_is_kept()
    {
        var settings = new SiteSettings("Phường Thử", new Uri("https://thu.example.org/"), "vi", 10, SiteTime.Zone(null), [], new Dictionary<string, object?>());
        var site = new Website(settings, [], [], [], [], []);
        var photo = new SharingImage("/images/anh-1200x630.jpg", 1200, 630, "image/jpeg", "Ảnh hội nghị");
        var meta = new PageMeta("page", "Giới thiệu", "Về phường", "/gioi-thieu/", "https://thu.example.org/gioi-thieu/", "vi", []) { SharingImage = photo };
        var decorated = new PageHeadDecorator(Style).Decorate(new PlannedPage(meta, "page", new Dictionary<string, object?>()), site);
        Assert.Same(photo, decorated.Meta.SharingImage);

        var withoutPhoto = new PageHeadDecorator(Style).Decorate(new PlannedPage(meta with { SharingImage = null }, "page", new Dictionary<string, object?>()), site);
        Assert.StartsWith("/chia-se/", withoutPhoto.Meta.SharingImage!.Url);
    }
}
