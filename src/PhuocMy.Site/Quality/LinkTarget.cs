namespace PhuocMy.Site.Quality;

/// <summary>Where a URL written on a page leads, as far as the site's own files are concerned.</summary>
internal abstract record LinkTarget
{
    /// <summary>Another site, another scheme (mailto:, tel:, data:…), or the page itself without a fragment: nothing to check.</summary>
    public sealed record NotChecked : LinkTarget;

    /// <param name="OutputPath">The file the URL must resolve to, e.g. <c>tin-tuc/x/index.html</c>.</param>
    /// <param name="Fragment">Percent-decoded fragment without '#', or null.</param>
    public sealed record SiteFile(string OutputPath, string? Fragment) : LinkTarget;

    /// <summary>The URL cannot lead to a file of the site; <paramref name="Reason"/> says why.</summary>
    public sealed record Broken(string Reason) : LinkTarget;
}
