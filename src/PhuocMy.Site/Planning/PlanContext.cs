using PhuocMy.Site.Content;
using PhuocMy.Site.SiteModel;
using PhuocMy.Site.Urls;

namespace PhuocMy.Site.Planning;

/// <summary>Shared helpers for planners: page metadata and the sources a listing depends on.</summary>
public static class PlanContext
{
    /// <summary>The settings file as authors know it, for outputs made after rendering, which name their sources themselves.</summary>
    public const string SettingsSource = "input/" + SiteSettingsReader.FileName;

    public static PageMeta Meta(Website site, string kind, string title, string description, string url, params Crumb[] trail) =>
        new(kind, title, description, url, SitePaths.Absolute(site.Settings.BaseUrl, url).ToString(), site.Settings.Language,
            [new Crumb("Trang chủ", Routes.Home), .. trail]);


    public static string PagedTitle(string title, Pagination pagination) =>
        pagination.Current > 1 ? $"{title} – trang {pagination.Current}" : title;

    /// <summary>Pages of a listing, each with its own title, URL and pagination links.</summary>
    public static IEnumerable<PlannedPage> Listing(
        Website site, string kind, string title, string description, IReadOnlyList<SitePost> posts, Func<int, string> urlOf,
        IReadOnlyDictionary<string, object?> values, Crumb[] trail)
    {
        foreach (var (items, pagination) in Pagination.Split(posts, site.Settings.PostsPerPage, urlOf))
        {
            var meta = Meta(site, kind, PagedTitle(title, pagination), description, urlOf(pagination.Current), trail);
            var pageValues = new Dictionary<string, object?>(values) { ["posts"] = items, ["pagination"] = pagination };
            yield return new PlannedPage(meta, "list", pageValues);
        }
    }
}
