using System.Text;

namespace PhuocMy.Site.Images;

/// <summary>
/// The HTML for one responsive photo: a <c>&lt;picture&gt;</c> with a WebP <c>&lt;source&gt;</c> and an
/// <c>&lt;img&gt;</c> carrying the fallback, both with <c>srcset</c> (every width) and <c>sizes</c>, so a 360-px
/// phone downloads the 360 variant. <c>width</c>/<c>height</c> give the aspect ratio (no layout shift). No
/// inline style: the theme's CSS sizes the image.
/// </summary>
public static class PictureMarkup
{
    /// <param name="variants">The photo's variants.</param>
    /// <param name="urlOf">The published URL of each variant, e.g. <c>/images/hoi-nghi-720.webp</c>. No spaces.</param>
    /// <param name="alt">What the photo shows, for people who cannot see it; empty only for a decorative image.</param>
    /// <param name="sizes">How wide the image is shown, e.g. <c>(min-width: 50rem) 46rem, 100vw</c>.</param>
    /// <param name="loading">Lazy for every image except the page's first large one.</param>
    /// <param name="cssClass">An optional class on the <c>&lt;img&gt;</c>.</param>
    public static string Render(VariantSet variants, Func<EncodedImage, string> urlOf, string alt, string sizes,
        ImageLoading loading = ImageLoading.Lazy, string? cssClass = null)
    {
        ArgumentNullException.ThrowIfNull(variants);
        ArgumentNullException.ThrowIfNull(urlOf);
        ArgumentNullException.ThrowIfNull(alt);
        ArgumentException.ThrowIfNullOrWhiteSpace(sizes);

        var html = new StringBuilder("<picture>");
        html.Append("<source type=\"").Append(ImageFormat.Webp.MediaType())
            .Append("\" srcset=\"").Append(Escape(SourceSet(variants.Webp, urlOf)))
            .Append("\" sizes=\"").Append(Escape(sizes)).Append("\">");

        var fallback = DefaultSource(variants.Fallback);
        html.Append("<img src=\"").Append(Escape(Url(urlOf, fallback)))
            .Append("\" srcset=\"").Append(Escape(SourceSet(variants.Fallback, urlOf)))
            .Append("\" sizes=\"").Append(Escape(sizes))
            .Append("\" width=\"").Append(variants.Largest.Width)
            .Append("\" height=\"").Append(variants.Largest.Height)
            .Append("\" alt=\"").Append(Escape(alt)).Append('"');
        if (cssClass is not null)
            html.Append(" class=\"").Append(Escape(cssClass)).Append('"');
        html.Append(loading == ImageLoading.Priority ? " fetchpriority=\"high\"" : " loading=\"lazy\" decoding=\"async\"");
        html.Append("></picture>");
        return html.ToString();
    }

    /// <summary><c>url 360w, url 720w, …</c></summary>
    private static string SourceSet(IEnumerable<EncodedImage> images, Func<EncodedImage, string> urlOf) =>
        string.Join(", ", images.Select(image => $"{Url(urlOf, image)} {image.Width}w"));

    /// <summary>For the rare browser without <c>srcset</c>: the smallest variant at least 720 wide, else the largest.</summary>
    private static EncodedImage DefaultSource(IReadOnlyList<EncodedImage> images) =>
        images.FirstOrDefault(image => image.Width >= 720) ?? images[^1];

    private static string Url(Func<EncodedImage, string> urlOf, EncodedImage image)
    {
        var url = urlOf(image);
        if (string.IsNullOrEmpty(url) || url.Any(char.IsWhiteSpace))
            throw new ArgumentException($"The URL of the {image.Width}-px {image.Format} variant is empty or has a space: \"{url}\".", nameof(urlOf));
        return url;
    }

    /// <summary>Escapes for a double-quoted attribute value; every other character stays as written.</summary>
    private static string Escape(string value)
    {
        var escaped = new StringBuilder(value.Length);
        foreach (var c in value)
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '"' => "&quot;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => c.ToString(),
            });
        return escaped.ToString();
    }
}
