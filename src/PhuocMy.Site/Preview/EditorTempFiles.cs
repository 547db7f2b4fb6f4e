namespace PhuocMy.Site.Preview;

/// <summary>
/// Files editors and systems write beside the real one while saving (swap, backup, lock files). A change to one
/// of them alone is not an edit; the real save that follows (often a rename onto the real name) is.
/// </summary>
public static class EditorTempFiles
{
    private static readonly string[] Suffixes = [".swp", ".swx", ".swo", ".tmp", ".part", ".crdownload", "~"];
    private static readonly string[] Prefixes = [".#", "~$", ".goutputstream-", ".~lock."];
    private static readonly string[] Names = ["4913", ".DS_Store", "Thumbs.db", "desktop.ini"];

    public static bool IsTemporary(string path)
    {
        var name = Path.GetFileName(path);
        return Names.Contains(name, StringComparer.OrdinalIgnoreCase)
               || Suffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase))
               || Prefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));
    }
}
