using PhuocMy.Site.Search.Testing;

namespace PhuocMy.Site.Search.Tests.Browser;

/// <summary>
/// The ranking rules of the issue, each on documents written for it (the cases share no query words):
/// every query word present first; exact diacritics above folded matches; title above body; newest among equals.
/// </summary>
public sealed class RankingTests(ChromiumFixture browser, RankingTests.Site site) : IClassFixture<RankingTests.Site>
{
    public sealed class Site : IAsyncLifetime
    {
        private static readonly string Filler =
            "Buổi lễ diễn ra tại hội trường khu dân cư với sự tham gia của đông đảo bà con. Ban tổ chức cảm ơn các nhà hảo tâm.";

        public static readonly SearchDocument[] Documents =
        [
            // All words first: only the first has both "lồng đèn" and "trung thu".
            Testing.Documents.Post("/lantern-all/", "Vui hội thiếu nhi", $"Các em nhận lồng đèn nhân dịp Trung thu. {Filler}", year: 2017),
            Testing.Documents.Post("/lantern-part/", "Lồng đèn cho em", $"Các em nhận lồng đèn. {Filler}", year: 2024),

            // Exact diacritics above folded: "Dương" in a newer title against "đường" in an older body.
            Testing.Documents.Post("/name-in-title/", "Ông Dương Văn An nhận bằng khen", $"Ông An được khen thưởng. {Filler}", year: 2024),
            Testing.Documents.Post("/road-in-body/", "Khánh thành công trình dân sinh", $"Tuyến đường bê tông dài 300 mét đã hoàn thành. {Filler}", year: 2018),

            // Title above body: an older title against a newer body that says it five times.
            Testing.Documents.Post("/fireworks-title/", "Bắn pháo hoa đêm giao thừa", $"Thông tin chi tiết về chương trình. {Filler}", year: 2016),
            Testing.Documents.Post("/fireworks-body/", "Chương trình đón năm mới",
                $"Pháo hoa, pháo hoa và pháo hoa: năm nay có pháo hoa tầm thấp và pháo hoa tầm cao. {Filler}", year: 2025),

            // Newest among equals: the same report in two years.
            Testing.Documents.Post("/blood-2019/", "Ngày hội hiến máu tình nguyện", $"Hơn 100 người tham gia hiến máu. {Filler}", year: 2019),
            Testing.Documents.Post("/blood-2023/", "Ngày hội hiến máu tình nguyện", $"Hơn 100 người tham gia hiến máu. {Filler}", year: 2023),

            // A body that is about the word above a newer one that mentions it once.
            Testing.Documents.Post("/storm-about/", "Chủ động ứng phó thiên tai",
                $"Bão số 5 gây mưa lớn. Trước bão, phường sơ tán dân; sau bão, phường khắc phục hậu quả bão. Cơn bão đã qua, bão tan. {Filler}", year: 2017),
            Testing.Documents.Post("/storm-mention/", "Dọn vệ sinh khu dân cư", $"Bà con dọn dẹp sau bão. {Filler}", year: 2022),
        ];

        private SearchSite? folder;

        public FixtureServer Server { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            folder = SearchSite.Write(Documents);
            Server = await FixtureServer.StartAsync(folder.Folder);
        }

        public async ValueTask DisposeAsync()
        {
            if (Server is not null) await Server.DisposeAsync();
            folder?.Dispose();
        }
    }

    private async Task<IReadOnlyList<string>> ResultsOf(string query)
    {
        await using var context = await browser.Chromium.NewContextAsync();
        var page = new SearchPage(await context.NewPageAsync(), site.Server.BaseUrl);
        await page.OpenAsync(query);
        Assert.Equal([], page.Problems);
        return await page.ResultUrlsAsync();
    }

    [Fact]
    public async Task Only_documents_with_every_word_are_shown_when_there_are_any()
    {
        Assert.Equal(["/lantern-all/"], await ResultsOf("lồng đèn trung thu"));
        Assert.Equal(["/lantern-all/"], await ResultsOf("long den trung thu"));
    }

    [Fact]
    public async Task Without_a_document_that_has_every_word_more_words_rank_first_and_the_page_says_so()
    {
        await using var context = await browser.Chromium.NewContextAsync();
        var page = new SearchPage(await context.NewPageAsync(), site.Server.BaseUrl);
        await page.OpenAsync("lồng đèn trung thu xyzxyz");

        Assert.Equal(["/lantern-all/", "/lantern-part/"], await page.ResultUrlsAsync());
        Assert.StartsWith("Không trang nào có đủ các từ", await page.Status.TextContentAsync());
        Assert.Equal([], page.Problems);
    }

    [Fact]
    public async Task Words_spelled_with_the_query_diacritics_rank_above_folded_matches_even_in_the_title()
    {
        Assert.Equal(["/road-in-body/", "/name-in-title/"], await ResultsOf("đường"));
        Assert.Equal(["/name-in-title/", "/road-in-body/"], await ResultsOf("Dương"));
    }

    [Fact]
    public async Task Without_diacritics_both_spellings_are_found_and_the_title_match_ranks_first()
    {
        Assert.Equal(["/name-in-title/", "/road-in-body/"], await ResultsOf("duong"));
    }

    [Fact]
    public async Task A_title_match_ranks_above_a_newer_body_match()
    {
        Assert.Equal(["/fireworks-title/", "/fireworks-body/"], await ResultsOf("pháo hoa"));
        Assert.Equal(["/fireworks-title/", "/fireworks-body/"], await ResultsOf("phao hoa"));
    }

    [Fact]
    public async Task Among_equal_matches_the_newest_comes_first()
    {
        Assert.Equal(["/blood-2023/", "/blood-2019/"], await ResultsOf("hiến máu"));
    }

    [Fact]
    public async Task A_body_about_the_word_ranks_above_a_newer_passing_mention()
    {
        Assert.Equal(["/storm-about/", "/storm-mention/"], await ResultsOf("bão"));
    }
}
