using PhuocMy.Site.Sources;
using PhuocMy.Site.Urls;

namespace PhuocMy.Site.Features.StaticFiles;

/// <summary>Which files of <c>input/</c> and <c>theme/</c> are published as they are, and which need a reason.</summary>
public static class StaticFileRules
{
    /// <summary>Top-level folders of input/ whose files are meant to be downloaded, linked or not.</summary>
    public static readonly IReadOnlyList<string> DownloadFolders = ["tai-ve", "downloads"];

    /// <summary>Root files crawlers look for without any page linking them.</summary>
    private static readonly IReadOnlySet<string> WellKnownRootFiles = new HashSet<string>(StringComparer.Ordinal) { "robots.txt" };

    public static bool IsInDownloadFolder(SourceFile file) =>
        DownloadFolders.Any(folder => file.Path.StartsWith(folder + "/", StringComparison.Ordinal));

    /// <summary>A file a browser runs (<see cref="MediaTypes.Active"/>): from the theme, or from folders of input/ the theme names in _theme.yml.</summary>
    public static bool IsActive(SourceFile file) => MediaTypes.Active.Contains(file.Extension);

    /// <summary>Published as it is without any page having to link to it: what pages use directly (<see cref="MediaTypes.Assets"/>), and more.</summary>
    public static bool IsPublishedAsIs(SourceFile file) =>
        MediaTypes.Assets.Contains(file.Extension) || WellKnownRootFiles.Contains(file.Path) || IsInDownloadFolder(file)
        || (file.Layer == SourceLayer.Theme && IsActive(file));
}
