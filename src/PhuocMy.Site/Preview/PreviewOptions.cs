using System.Security.Cryptography;
using System.Text;

namespace PhuocMy.Site.Preview;

/// <summary>What <c>preview</c> builds and where it serves it.</summary>
/// <param name="OutputDirectory">Where the preview's build is written; never the published <c>_site/</c>.</param>
/// <param name="Port">Port on 127.0.0.1; 0 picks a free one (tests, benchmarks).</param>
public sealed record PreviewOptions(string InputDirectory, string ThemeDirectory, string OutputDirectory, int Port)
{
    public const int DefaultPort = 4000;

    /// <summary>Show drafts (with a "Bản nháp" banner): a preview is where they are written.</summary>
    public bool IncludeDrafts { get; init; } = true;

    /// <summary>Show scheduled posts (with a "Hẹn giờ đăng" banner).</summary>
    public bool IncludeFuture { get; init; } = true;

    /// <summary>How long the folders must stay quiet after a change before a rebuild starts (an editor's save is several events).</summary>
    public TimeSpan QuietPeriod { get; init; } = TimeSpan.FromMilliseconds(30);

    /// <summary>The longest a rebuild waits for a burst of changes (a folder copied in) to end.</summary>
    public TimeSpan LongestWait { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// A folder of its own under the system's temporary folder, one per site and port: the preview never writes
    /// into the repository, and a restarted preview finds its previous build there (only changed files are rewritten).
    /// </summary>
    public static string DefaultWorkFolder(string inputDirectory, string themeDirectory, int port)
    {
        var key = $"{Path.GetFullPath(inputDirectory)}|{Path.GetFullPath(themeDirectory)}|{port}";
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12].ToLowerInvariant();
        return Path.Combine(Path.GetTempPath(), "phuocmy-xem-truoc", hash);
    }

    /// <summary>The built site inside a preview work folder (a build cache, when there is one, goes beside it).</summary>
    public static string SiteFolder(string workFolder) => Path.Combine(workFolder, "site");
}
