namespace PhuocMy.Site.Output;

/// <summary>
/// The output folder and the few entries the generator keeps beside it (never inside, so a host that publishes the
/// whole folder, as Netlify publishes <c>_site</c>, deploys nothing but the site):
/// <list type="bullet">
/// <item><c>_site.phuocmy-output</c>: says the folder was made by the generator (so it may be replaced) and is the
/// lock that keeps two builds from writing it at once;</item>
/// <item><c>_site.phuocmy-new</c>: the next site while it is being written; after the switch, the previous one
/// while it is being deleted;</item>
/// <item><c>_site.phuocmy-old</c>: only on systems that cannot swap two folders in one step, for an instant.</item>
/// </list>
/// </summary>
public sealed class OutputFolder
{
    public const string MarkerSuffix = ".phuocmy-output";
    public const string StagingSuffix = ".phuocmy-new";
    public const string PreviousSuffix = ".phuocmy-old";

    /// <summary>The marker older versions wrote inside the folder; still accepted as proof the folder is ours.</summary>
    public const string LegacyMarker = ".phuocmy-site-output";

    /// <summary>First line of the marker file: its presence with this text is what makes a non-empty folder replaceable.</summary>
    public const string Signature = "phuocmy-site output";

    private OutputFolder(string path, string parent)
    {
        Path = path;
        Parent = parent;
        var name = System.IO.Path.GetFileName(path);
        Marker = System.IO.Path.Combine(parent, name + MarkerSuffix);
        Staging = System.IO.Path.Combine(parent, name + StagingSuffix);
        Previous = System.IO.Path.Combine(parent, name + PreviousSuffix);
    }

    /// <summary>Full path of the folder the site is published to (a symbolic link to a folder is followed).</summary>
    public string Path { get; }

    public string Parent { get; }
    public string Marker { get; }
    public string Staging { get; }
    public string Previous { get; }

    public bool Exists => Directory.Exists(Path);

    /// <summary>Null with a reason when the path cannot be an output folder at all (the root, or an existing file).</summary>
    public static OutputFolder? For(string outputDirectory, out string? problem)
    {
        problem = null;
        var full = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(outputDirectory));
        if (Directory.Exists(full) && new DirectoryInfo(full).ResolveLinkTarget(returnFinalTarget: true) is { } target)
            full = System.IO.Path.TrimEndingDirectorySeparator(target.FullName);
        if (File.Exists(full))
        {
            problem = "Đường dẫn đầu ra là một tệp, không phải thư mục.";
            return null;
        }
        var parent = System.IO.Path.GetDirectoryName(full);
        if (string.IsNullOrEmpty(parent) || System.IO.Path.GetFileName(full).Length == 0)
        {
            problem = "Không thể dùng thư mục gốc của ổ đĩa làm thư mục đầu ra.";
            return null;
        }
        return new OutputFolder(full, parent);
    }

    /// <summary>True for a path named like the entries kept beside an output folder (<c>x.phuocmy-new</c>…), which cannot be one.</summary>
    public static bool IsGeneratorsOwnName(string outputDirectory)
    {
        var name = System.IO.Path.GetFileName(System.IO.Path.TrimEndingDirectorySeparator(outputDirectory));
        return new[] { MarkerSuffix, StagingSuffix, PreviousSuffix }.Any(suffix => name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));
    }

    public bool IsEmptyOrMissing => !Exists || !Directory.EnumerateFileSystemEntries(Path).Any();

    /// <summary>The folder was written by the generator: the marker beside it (or, from older versions, inside it).</summary>
    public bool IsOurs =>
        (File.Exists(Marker) && ReadSignature(Marker)) || File.Exists(System.IO.Path.Combine(Path, LegacyMarker));

    /// <summary>What the marker says, so whoever finds it beside the folder knows what it is.</summary>
    public string MarkerText =>
        $"{Signature}\nThư mục {System.IO.Path.GetFileName(Path)} bên cạnh do trình dựng trang tạo ra; mỗi lần dựng thành công thay nó bằng bản mới.\n"
        + "Tệp này cũng là khóa: hai lần dựng vào cùng thư mục không ghi chen nhau. Đừng xóa khi đang dựng.\n";

    private static bool ReadSignature(string marker)
    {
        try
        {
            using var reader = new StreamReader(new FileStream(marker, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
            return reader.ReadLine() == Signature;
        }
        catch (IOException)
        {
            // Held by a running build on a system whose locks refuse readers: that build made it, so it is ours.
            return true;
        }
    }
}
