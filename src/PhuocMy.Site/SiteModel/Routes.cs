namespace PhuocMy.Site.SiteModel;

/// <summary>
/// Every URL the site has, in one place. URLs are root-relative with a trailing slash ("pretty URLs"); the file each
/// is written to is <see cref="Urls.SitePaths.OutputPathOf"/>.
/// </summary>
public static class Routes
{
    public const string Home = "/";
    public const string NotFound = "/404.html";
    public const string Archive = "/luu-tru/";

    public static string Post(string slug) => $"/tin-tuc/{slug}/";
    public static string Page(string slug) => $"/{slug}/";
    public static string Category(string slug, int page = 1) => Paged($"/chuyen-muc/{slug}/", page);
    public static string Tag(string slug, int page = 1) => Paged($"/tu-khoa/{slug}/", page);
    public static string Tags => "/tu-khoa/";
    public static string Year(int year, int page = 1) => Paged($"/luu-tru/{year}/", page);
    public static string Month(int year, int month, int page = 1) => Paged($"/luu-tru/{year}/{month:00}/", page);
    public static string News(int page = 1) => Paged("/tin-tuc/", page);

    private static string Paged(string first, int page) => page <= 1 ? first : $"{first}trang/{page}/";
}
