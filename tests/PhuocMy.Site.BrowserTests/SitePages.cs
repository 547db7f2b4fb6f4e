namespace PhuocMy.Site.BrowserTests;

/// <summary>One page of every kind the site has: the contract the generator's output is tested against.</summary>
public static class SitePages
{
    public const string NotFoundPath = "/khong-ton-tai/";

    public static TheoryData<string, int> All => new()
    {
        { "/", 200 },
        { "/tin-tuc/hoi-nghi-so-ket-6-thang-dau-nam-2020/", 200 },
        { "/chuyen-muc/xay-dung-dang/", 200 },
        { "/tu-khoa/covid-19/", 200 },
        { "/luu-tru/", 200 },
        { "/luu-tru/2020/", 200 },
        { "/so-lieu/", 200 },
        { "/so-lieu/thu-ngan-sach-6-thang-2020/", 200 },
        { "/gioi-thieu/", 200 },
        { "/en/", 200 },
        { "/van-ban/", 200 },
        { "/lich-cong-tac/", 200 },
        { "/tim-kiem/", 200 },
        { NotFoundPath, 404 },
        { "/tin-tuc/", 200 },
        { "/luu-tru/2020/07/", 200 },
        { "/tu-khoa/", 200 },
        { "/van-ban/loai/ke-hoach/", 200 },
        { "/van-ban/125-kh-ubnd-2023/", 200 },
        { "/lich-cong-tac/2025-06-16/", 200 },
        { "/lien-he/", 200 },
    };

    /// <summary>The paths of <see cref="All"/>, for tests that do not look at the status.</summary>
    public static TheoryData<string> Paths => new(All.Select(row => row.Data.Item1));

    /// <summary>A file-name-safe name for screenshots: "/" is "trang-chu", "/luu-tru/2020/" is "luu-tru_2020".</summary>
    public static string FileNameOf(string path)
    {
        var trimmed = path.Trim('/');
        return trimmed.Length == 0 ? "trang-chu" : trimmed.Replace('/', '_');
    }
}
