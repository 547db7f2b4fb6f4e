using PhuocMy.Site.Testing;
using PhuocMy.Site.Search.Testing;

namespace PhuocMy.Site.Search.Tests.Pagefind;

/// <summary>
/// Result quality against Pagefind on a fixed corpus and query set: for every query, our first five results must
/// include Pagefind's first.
/// </summary>
public sealed class PagefindComparisonTests(ChromiumFixture browser, PagefindComparisonTests.Sites sites, ITestOutputHelper output)
    : IClassFixture<PagefindComparisonTests.Sites>
{
    /// <summary>Queries people type on a ward portal, with and without diacritics.</summary>
    public static readonly string[] Queries =
    [
        "đại hội chi bộ", "dai hoi chi bo", "ngân sách", "ngan sach", "thu ngân sách", "tiêm vắc xin", "tiem vac xin",
        "cải cách hành chính", "cai cach hanh chinh", "an toàn giao thông", "vệ sinh môi trường", "ve sinh moi truong",
        "người cao tuổi", "nguoi cao tuoi", "khuyến học", "huy hiệu đảng", "cắt điện", "camera an ninh", "lừa đảo",
        "lua dao", "dương đình nghệ", "duong dinh nghe", "phòng cháy chữa cháy", "hộ nghèo", "ho ngheo",
    ];

    /// <summary>The same 200 documents as an index of ours (site's CSP) and as HTML pages indexed by Pagefind (no CSP: it needs WebAssembly).</summary>
    public sealed class Sites : IAsyncLifetime
    {
        public static readonly IReadOnlyList<SearchDocument> Corpus = VietnameseNewsCorpus.Generate(200, seed: 1975);

        private SearchSite? ours;
        private string? pagefindFolder;

        public FixtureServer Ours { get; private set; } = null!;

        public FixtureServer Pagefind { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            ours = SearchSite.Write(Corpus);
            Ours = await FixtureServer.StartAsync(ours.Folder);

            pagefindFolder = TempFolders.Create("pagefind");
            Testing.Pagefind.WritePages(pagefindFolder, Corpus);
            Testing.Pagefind.WriteBlankPage(pagefindFolder);
            Testing.Pagefind.Index(pagefindFolder);
            Pagefind = await FixtureServer.StartAsync(pagefindFolder, withSitePolicy: false);
        }

        public async ValueTask DisposeAsync()
        {
            if (Ours is not null) await Ours.DisposeAsync();
            if (Pagefind is not null) await Pagefind.DisposeAsync();
            ours?.Dispose();
            if (pagefindFolder is not null) Directory.Delete(pagefindFolder, recursive: true);
        }
    }

    [Fact]
    public async Task Our_top_five_contains_Pagefinds_first_result_for_every_query()
    {
        await using var context = await browser.Chromium.NewContextAsync();
        var reference = await context.NewPageAsync();
        await reference.GotoAsync(sites.Pagefind.UrlOf("/blank.html").ToString());
        var ours = new SearchPage(await context.NewPageAsync(), sites.Ours.BaseUrl);

        var misses = new List<string>();
        foreach (var query in Queries)
        {
            var theirs = await reference.EvaluateAsync<string[]>(Testing.Pagefind.SearchScript, new object[] { query, 5 });
            Assert.True(theirs.Length > 0, $"Pagefind finds nothing for “{query}”: the query set should only hold queries it answers");
            await ours.OpenAsync(query);
            var top = (await ours.ResultUrlsAsync()).Take(5).ToList();

            output.WriteLine($"“{query}”: Pagefind {string.Join(' ', theirs)} | ours {string.Join(' ', top)}");
            if (!top.Contains(theirs[0])) misses.Add($"“{query}”: Pagefind's first {theirs[0]} is not in our top five ({string.Join(", ", top)})");
        }
        Assert.Equal([], ours.Problems);
        Assert.True(misses.Count == 0, string.Join('\n', misses));
    }
}
