namespace PhuocMy.Site.Sources;

/// <summary>
/// Files editors and operating systems leave beside real ones: backups (<c>bai.md~</c>, <c>site.yml.bak</c>, a
/// draft's whole text), swap and merge leftovers, thumbnails caches, macOS resource forks. They are never read, so
/// never published; the build names each one so its owner can delete it.
/// </summary>
public static class StrayFiles
{
    private static readonly string[] BackupEndings = ["~", ".bak", ".swp", ".swo", ".orig", ".rej", ".tmp"];

    private static readonly HashSet<string> SystemNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Thumbs.db", "ehthumbs.db", "desktop.ini", ".DS_Store",
    };

    /// <summary>Why the file is left out, or null for a file that belongs to the site.</summary>
    public static string? Reason(string fileName)
    {
        if (SystemNames.Contains(fileName) || fileName.StartsWith("._", StringComparison.Ordinal))
            return "tệp hệ điều hành tự tạo";
        if (fileName.StartsWith("~$", StringComparison.Ordinal) || (fileName.Length > 1 && fileName.StartsWith('#') && fileName.EndsWith('#')))
            return "tệp tạm của trình soạn thảo";
        if (BackupEndings.Any(ending => fileName.EndsWith(ending, StringComparison.OrdinalIgnoreCase)))
            return "tệp sao lưu hoặc tệp tạm";
        return null;
    }
}
