using System.Text;
using System.Text.Encodings.Web;
using PhuocMy.Site.Images;
using PhuocMy.Site.Sources;
using PhuocMy.Site.Urls;

namespace PhuocMy.Site.Features.Images;

/// <summary>
/// The HTML of one image wherever it is shown: a photo as <c>&lt;picture&gt;</c> with its variants, an SVG as an
/// <c>&lt;img&gt;</c> with the size it declares; both with <c>width</c> and <c>height</c>, lazy unless it is the
/// page's first large image. An image that cannot be shown (missing, unreadable) leaves a comment: the build reports
/// it and fails, so that markup is never published.
/// </summary>
internal static class ImageHtml
{
    public static string For(ImageCatalog catalog, string url, string alt, ImageUse use, string? cssClass = null)
    {
        // Another site's image is shown as it is.
        if (SitePaths.TreePathOf(url) is null) return Img(url, alt, null, use.Priority, cssClass);
        var file = catalog.Find(url);
        if (file is not null && MediaTypes.IsPhoto(file.Path) && catalog.Variants(file) is { Succeeded: true } made)
            return PictureMarkup.Render(made.Value, image => SitePaths.EscapedUrlOf(catalog.VariantPath(file, image)), alt, use.Sizes,
                use.Priority ? ImageLoading.Priority : ImageLoading.Lazy, cssClass);
        // The build reports a missing or unreadable photo and fails, so this never reaches readers; an <img> pointing
        // at a file the site does not publish would only add a second, vaguer message about the same image.
        if (file is null || MediaTypes.IsPhoto(file.Path))
            return $"<!-- ảnh không dùng được: {url.Replace("--", "- -", StringComparison.Ordinal)} -->";
        var size = MediaTypes.IsSvg(file.Path) ? catalog.SvgSizeOf(file) : null;
        return Img(url, alt, size, use.Priority, cssClass);
    }

    private static string Img(string url, string alt, ImageSize? size, bool priority, string? cssClass)
    {
        var html = new StringBuilder("<img src=\"").Append(Attribute(Urls.UrlEscaping.Escape(url))).Append("\" alt=\"").Append(Attribute(alt)).Append('"');
        if (size is not null) html.Append(" width=\"").Append(size.Width).Append("\" height=\"").Append(size.Height).Append('"');
        if (cssClass is not null) html.Append(" class=\"").Append(Attribute(cssClass)).Append('"');
        html.Append(priority ? " fetchpriority=\"high\"" : " loading=\"lazy\" decoding=\"async\"");
        return html.Append('>').ToString();
    }

    /// <summary>Escapes for a double-quoted attribute; Vietnamese letters stay as they are.</summary>
    public static string Attribute(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
