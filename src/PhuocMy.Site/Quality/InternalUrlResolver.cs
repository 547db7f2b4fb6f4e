using PhuocMy.Site.Urls;

namespace PhuocMy.Site.Quality;

/// <summary>
/// Turns a URL written on a page into the output file it names. Relative and root-relative URLs are internal,
/// and so are absolute ones to the site's own host when it is known. "/tin-tuc/x/" names "tin-tuc/x/index.html".
/// </summary>
internal sealed class InternalUrlResolver
{
    // Relative URLs are resolved by System.Uri against the page's own address on a host that cannot exist.
    private const string PlaceholderOrigin = "http://site.invalid";

    private readonly string basePath;
    private readonly Uri? siteBaseUrl;

    public InternalUrlResolver(string basePath, Uri? siteBaseUrl)
    {
        this.basePath = NormalizeBasePath(basePath);
        this.siteBaseUrl = siteBaseUrl;
    }

    public LinkTarget Resolve(string pageOutputPath, string writtenUrl)
    {
        Uri? pageAddress = null;
        return Resolve(pageOutputPath, writtenUrl, ref pageAddress);
    }

    /// <param name="pageAddress">The page's own address, made at its first link that needs it and kept for the page's other links.</param>
    public LinkTarget Resolve(string pageOutputPath, string writtenUrl, ref Uri? pageAddress)
    {
        var url = writtenUrl.Trim();
        if (url.Length == 0)
            return new LinkTarget.NotChecked();

        if (HasNonWebScheme(url))
            return new LinkTarget.NotChecked();

        pageAddress ??= new Uri(PlaceholderOrigin + basePath + pageOutputPath);
        if (!Uri.TryCreate(pageAddress, url, out var resolved))
            return new LinkTarget.Broken("không phải là địa chỉ hợp lệ");

        if (!IsOnThisSite(resolved))
            return new LinkTarget.NotChecked();

        var path = SitePaths.Unescape(resolved.AbsolutePath);
        if (!path.StartsWith(basePath, StringComparison.Ordinal))
            return new LinkTarget.Broken($"nằm ngoài thư mục gốc {basePath} của trang web");

        var outputPath = SitePaths.WithFolderIndex(path[basePath.Length..]);

        var fragment = resolved.Fragment.Length > 1 ? SitePaths.Unescape(resolved.Fragment[1..]) : null;
        return new LinkTarget.SiteFile(outputPath, fragment);
    }

    /// <summary>mailto:, tel:, data:, javascript:… lead to no file; System.Uri would reject some of them as malformed.</summary>
    private static bool HasNonWebScheme(string url)
    {
        var colon = url.IndexOf(':');
        if (colon <= 0 || !char.IsAsciiLetter(url[0]))
            return false;
        var scheme = url[..colon];
        return scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')
            && !scheme.Equals("http", StringComparison.OrdinalIgnoreCase)
            && !scheme.Equals("https", StringComparison.OrdinalIgnoreCase);
    }

    private bool IsOnThisSite(Uri resolved)
    {
        if (resolved.Scheme is not ("http" or "https"))
            return false;
        if (string.Equals(resolved.Host, "site.invalid", StringComparison.OrdinalIgnoreCase))
            return true;
        return siteBaseUrl is not null
            && string.Equals(resolved.Host, siteBaseUrl.Host, StringComparison.OrdinalIgnoreCase)
            && resolved.Port == siteBaseUrl.Port;
    }

    private static string NormalizeBasePath(string basePath)
    {
        var trimmed = basePath.Trim('/');
        return trimmed.Length == 0 ? "/" : $"/{trimmed}/";
    }
}
