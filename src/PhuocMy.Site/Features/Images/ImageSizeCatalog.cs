using PhuocMy.Site.Dependencies;
using PhuocMy.Site.Urls;

namespace PhuocMy.Site.Features.Images;

/// <summary>The sizes of the site's images by the root-relative URL they are published at (<c>/images/a.svg</c>, <see cref="SitePaths.UrlOf"/>).</summary>
public sealed class ImageSizeCatalog(IReadOnlyDictionary<string, ImageSize> byUrl)
{
    public IReadOnlyDictionary<string, ImageSize> ByUrl => byUrl;

    /// <summary>
    /// The size of the image a page links to, whatever query or fragment the link carries; null if unknown. The image
    /// files it looks for are recorded as read, so a post is parsed again when its picture is redrawn, added or removed.
    /// </summary>
    public ImageSize? Find(string? url)
    {
        if (!SitePaths.IsRootRelative(url)) return null;
        var path = SitePaths.WithoutQuery(url);
        var unescaped = SitePaths.Unescape(path);
        DependencyTracking.Record(DependencyKey.File(path[1..]));
        if (unescaped != path) DependencyTracking.Record(DependencyKey.File(unescaped[1..]));
        return byUrl.GetValueOrDefault(path) ?? byUrl.GetValueOrDefault(unescaped);
    }
}
