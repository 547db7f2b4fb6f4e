namespace PhuocMy.Site.Urls;

/// <summary>
/// The kinds of file the site has, by extension (lowercase, with its dot), and the media types files are served
/// with: the one list every part of the generator asks.
/// </summary>
public static class MediaTypes
{
    /// <summary>Photos the image pipeline reads (JPEG, PNG, WebP): never published as they are, only their variants.</summary>
    public static readonly IReadOnlySet<string> Photos = Set(".jpg", ".jpeg", ".png", ".webp");

    /// <summary>Every raster image a browser shows: the photos, and GIF and AVIF, which are published as they are.</summary>
    public static readonly IReadOnlySet<string> RasterImages = Set([.. Photos, ".gif", ".avif"]);

    /// <summary>SVG drawings: published as they are, sized from their root element.</summary>
    public const string Svg = ".svg";

    public static readonly IReadOnlySet<string> Fonts = Set(".woff", ".woff2");

    /// <summary>What a page draws with: stylesheets, images, icons, fonts.</summary>
    public static readonly IReadOnlySet<string> PageResources = Set([".css", .. RasterImages, Svg, ".ico", .. Fonts]);

    /// <summary>Files a web page uses directly, published as they are: what pages draw with, and the web app manifest.</summary>
    public static readonly IReadOnlySet<string> Assets = Set([.. PageResources, ".webmanifest"]);

    /// <summary>Files a browser runs: scripts and HTML pages.</summary>
    public static readonly IReadOnlySet<string> Active = Set(".js", ".mjs", ".cjs", ".wasm", ".html", ".htm", ".xhtml", ".xht", ".shtml");

    /// <summary>A page itself or what it draws with: what a reader sees change. Feeds, the sitemap and downloads are not.</summary>
    public static readonly IReadOnlySet<string> Shown = Set([".html", ".js", .. PageResources]);

    /// <summary>An HTML page, as feeds name the page of an entry.</summary>
    public const string HtmlPage = "text/html";

    public const string Html = HtmlPage + "; charset=utf-8";
    public const string JavaScript = "text/javascript; charset=utf-8";
    public const string Css = "text/css; charset=utf-8";
    public const string PlainText = "text/plain; charset=utf-8";
    public const string EventStream = "text/event-stream; charset=utf-8";
    public const string Png = "image/png";

    /// <summary>Types a server's defaults lack or get wrong, as the published site sends them (netlify.toml: CSV).</summary>
    public static readonly IReadOnlyDictionary<string, string> ServedTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [".csv"] = "text/csv; charset=utf-8",
        [".webmanifest"] = "application/manifest+json",
        [".xml"] = "application/xml; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
    };

    /// <summary>"images/Anh.JPG" → ".jpg".</summary>
    public static string ExtensionOf(string path) => Path.GetExtension(path).ToLowerInvariant();

    public static bool IsPhoto(string path) => Photos.Contains(ExtensionOf(path));

    public static bool IsRasterImage(string path) => RasterImages.Contains(ExtensionOf(path));

    public static bool IsSvg(string path) => ExtensionOf(path) == Svg;

    private static HashSet<string> Set(params string[] extensions) => new(extensions, StringComparer.Ordinal);
}
