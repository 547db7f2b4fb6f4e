using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Features.StaticFiles;

/// <summary>Which files of <c>input/</c> and <c>theme/</c> are published as they are, and which need a reason.</summary>
public static class StaticFileRules
{
    /// <summary>Files a web page uses directly: always published.</summary>
    public static readonly IReadOnlySet<string> AssetExtensions = new HashSet<string>(StringComparer.Ordinal)
    {
        ".css", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg", ".ico", ".woff", ".woff2", ".webmanifest",
    };

    /// <summary>Files a browser runs: from the theme, or from folders of input/ the theme names in _theme.yml.</summary>
    public static readonly IReadOnlySet<string> ActiveExtensions = new HashSet<string>(StringComparer.Ordinal)
    {
        ".js", ".mjs", ".cjs", ".wasm", ".html", ".htm", ".xhtml", ".xht", ".shtml",
    };

    /// <summary>Top-level folders of input/ whose files are meant to be downloaded, linked or not.</summary>
    public static readonly IReadOnlyList<string> DownloadFolders = ["tai-ve", "downloads"];

    /// <summary>Root files crawlers look for without any page linking them.</summary>
    private static readonly IReadOnlySet<string> WellKnownRootFiles = new HashSet<string>(StringComparer.Ordinal) { "robots.txt" };

    public static bool IsInDownloadFolder(SourceFile file) =>
        DownloadFolders.Any(folder => file.Path.StartsWith(folder + "/", StringComparison.Ordinal));

    public static bool IsActive(SourceFile file) => ActiveExtensions.Contains(file.Extension);

    /// <summary>Published as it is without any page having to link to it.</summary>
    public static bool IsPublishedAsIs(SourceFile file) =>
        AssetExtensions.Contains(file.Extension) || WellKnownRootFiles.Contains(file.Path) || IsInDownloadFolder(file)
        || (file.Layer == SourceLayer.Theme && IsActive(file));
}
