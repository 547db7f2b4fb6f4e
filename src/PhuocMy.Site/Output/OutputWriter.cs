using PhuocMy.Site.Diagnostics;

namespace PhuocMy.Site.Output;

/// <summary>
/// Writes a finished build into the output folder and nowhere else: unchanged files are left alone (so hosts and
/// the preview see only real changes), files the site no longer has are removed. A non-empty folder is cleaned only
/// if it carries our marker, so a mistyped <c>--output</c> can never empty someone's documents.
/// </summary>
public static class OutputWriter
{
    public const string MarkerFile = ".phuocmy-site-output";

    public sealed record WriteSummary(int Written, int Unchanged, int Removed);

    /// <summary>Null when the folder is fit to write to; otherwise the reason.</summary>
    public static Diagnostic? CheckTarget(string outputDirectory)
    {
        if (!Directory.Exists(outputDirectory) || !Directory.EnumerateFileSystemEntries(outputDirectory).Any()) return null;
        if (File.Exists(Path.Combine(outputDirectory, MarkerFile))) return null;
        return new Diagnostic(Severity.Error, outputDirectory, null,
            "Thư mục đầu ra đã có tệp nhưng không phải do trình dựng trang tạo ra; không ghi đè để tránh mất dữ liệu.",
            "Chọn một thư mục trống cho --output, hoặc tự xóa thư mục này nếu chắc chắn.");
    }

    public static WriteSummary Write(string outputDirectory, IReadOnlyList<OutputFile> files)
    {
        var root = Path.GetFullPath(outputDirectory);
        Directory.CreateDirectory(root);
        var marker = Path.Combine(root, MarkerFile);
        if (!File.Exists(marker)) File.WriteAllText(marker, "Thư mục này do trình dựng trang tạo ra và được ghi đè mỗi lần dựng.\n");

        var wanted = new HashSet<string>(files.Select(f => f.Path), StringComparer.Ordinal) { MarkerFile };
        var targets = files.Select(file => (File: file, Target: Inside(root, file.Path))).ToList();
        foreach (var folder in targets.Select(t => Path.GetDirectoryName(t.Target)!).Distinct()) Directory.CreateDirectory(folder);

        var written = 0;
        Parallel.ForEach(targets, item =>
        {
            if (item.File.AlreadyWritten || (File.Exists(item.Target) && SameContent(item.Target, item.File.Content.Span))) return;
            using (var stream = new FileStream(item.Target, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1))
                stream.Write(item.File.Content.Span);
            Interlocked.Increment(ref written);
        });
        var unchanged = targets.Count - written;

        var removed = 0;
        foreach (var existing in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToList())
        {
            var relative = Path.GetRelativePath(root, existing).Replace('\\', '/');
            if (wanted.Contains(relative)) continue;
            File.Delete(existing);
            removed++;
        }
        RemoveEmptyFolders(root);
        return new WriteSummary(written, unchanged, removed);
    }

    /// <summary>The full path of an output file, refusing anything that would land outside the output folder.</summary>
    public static string Inside(string root, string relative)
    {
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"Refusing to write '{relative}' outside the output folder.");
        return full;
    }

    private static bool SameContent(string path, ReadOnlySpan<byte> content)
    {
        var info = new FileInfo(path);
        return info.Length == content.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(content);
    }

    private static void RemoveEmptyFolders(string root)
    {
        foreach (var folder in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
            if (!Directory.EnumerateFileSystemEntries(folder).Any()) Directory.Delete(folder);
    }
}
