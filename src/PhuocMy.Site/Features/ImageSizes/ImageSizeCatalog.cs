namespace PhuocMy.Site.Features.ImageSizes;

/// <summary>The sizes of the site's images by the root-relative URL they are published at (<c>/images/a.svg</c>).</summary>
public sealed class ImageSizeCatalog(IReadOnlyDictionary<string, ImageSize> byUrl)
{
    public IReadOnlyDictionary<string, ImageSize> ByUrl => byUrl;

    /// <summary>The size of the image a page links to, whatever query or fragment the link carries; null if unknown.</summary>
    public ImageSize? Find(string? url)
    {
        if (string.IsNullOrEmpty(url) || !url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal)) return null;
        var end = url.IndexOfAny(['?', '#']);
        var path = end < 0 ? url : url[..end];
        return byUrl.GetValueOrDefault(path) ?? byUrl.GetValueOrDefault(Uri.UnescapeDataString(path));
    }

    public static string UrlOf(string sourcePath) => "/" + sourcePath;
}
