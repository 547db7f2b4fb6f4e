namespace PhuocMy.Site.Features.Search;

/// <summary>Where the search page and its index are published.</summary>
public static class SearchRoutes
{
    public const string Page = "/tim-kiem/";

    /// <summary>The index folder, relative to the output folder; <c>search.liquid</c> names the same address for search.js.</summary>
    public const string IndexFolder = "tim-kiem/chi-muc";
}
