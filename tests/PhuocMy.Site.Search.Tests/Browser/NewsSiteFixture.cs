using PhuocMy.Site.Search.Testing;

namespace PhuocMy.Site.Search.Tests.Browser;

/// <summary>
/// A search site of 2,000 generated documents plus the few the tests look for: the budget report and the party
/// congress (which should come first for their queries), and a post whose title is an XSS attempt.
/// </summary>
public sealed class NewsSiteFixture : IAsyncLifetime
{
    public const string BudgetUrl = "/tin-tuc/thu-ngan-sach-6-thang-2020/";
    public const string CongressUrl = "/tin-tuc/dai-hoi-dang-bo-phuong-lan-thu-xiii/";
    public const string XssUrl = "/tin-tuc/bai-co-tieu-de-la/";
    public const string XssTitle = "<img src=x onerror=\"document.body.dataset.xss='1'\"><script>document.body.dataset.xss='2'</script> Tiêu đề lạ <b>xylanh</b>";

    public static readonly SearchDocument[] KnownDocuments =
    [
        Documents.Post(BudgetUrl, "Phường Phước Mỹ thu ngân sách 6 tháng đầu năm 2020 đạt 63,34% dự toán",
            "Sáng 14/7, UBND phường Phước Mỹ tổ chức hội nghị đánh giá tình hình thu, chi ngân sách 6 tháng đầu năm 2020. " +
            "Tổng thu ngân sách trên địa bàn đạt 8.670.000.000 đồng, bằng 63,34% dự toán năm. Chi ngân sách bảo đảm đúng dự toán, " +
            "ưu tiên an sinh xã hội và phòng, chống dịch Covid-19.", year: 2020, month: 7, day: 15, section: "Kinh tế - Xã hội"),
        Documents.Post(CongressUrl, "Đại hội Đảng bộ phường Phước Mỹ lần thứ XIII, nhiệm kỳ 2020–2025 thành công tốt đẹp",
            "Trong hai ngày 9 và 10/7/2020, Đại hội Đảng bộ phường Phước Mỹ lần thứ XIII đã diễn ra trang trọng. " +
            "Đại hội đã bầu Ban Chấp hành Đảng bộ phường gồm 15 đồng chí và bầu đoàn đại biểu dự Đại hội Đảng bộ quận Sơn Trà.",
            year: 2020, month: 7, day: 10, section: "Xây dựng Đảng"),
        Documents.Post(XssUrl, XssTitle, "Bài thử: tiêu đề có mã HTML phải hiện ra như chữ. Từ khóa riêng: xylanh.", year: 2019, section: "Thông báo"),
    ];

    private SearchSite? site;

    public FixtureServer Server { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        site = SearchSite.Write(VietnameseNewsCorpus.Generate(2000, seed: 42).Concat(KnownDocuments));
        Server = await FixtureServer.StartAsync(site.Folder);
    }

    public async ValueTask DisposeAsync()
    {
        if (Server is not null) await Server.DisposeAsync();
        site?.Dispose();
    }
}
