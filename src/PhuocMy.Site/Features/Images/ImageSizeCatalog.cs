using PhuocMy.Site.Dependencies;

namespace PhuocMy.Site.Features.Images;

/// <summary>The sizes of the site's images by the root-relative URL they are published at (<c>/images/a.svg</c>).</summary>
public sealed class ImageSizeCatalog(IReadOnlyDictionary<string, ImageSize> byUrl)
{
    public IReadOnlyDictionary<string, ImageSize> ByUrl => byUrl;

    /// <summary>
    /// The size of the image a page links to, whatever query or fragment the link carries; null if unknown. The image
    /// files it looks for are recorded as read, so a post is parsed again when its picture is redrawn, added or removed.
    /// </summary>
    public ImageSize? Find(string? url)
    {
        if (string.IsNullOrEmpty(url) || !url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal)) return null;
        var end = url.IndexOfAny(['?', '#']);
        var path = end < 0 ? url : url[..end];
        var unescaped = Uri.UnescapeDataString(path);
        DependencyTracking.Record(DependencyKey.File(path[1..]));
        if (unescaped != path) DependencyTracking.Record(DependencyKey.File(unescaped[1..]));
        return byUrl.GetValueOrDefault(path) ?? byUrl.GetValueOrDefault(unescaped);
    }

    public static string UrlOf(string sourcePath) => "/" + sourcePath;
}
