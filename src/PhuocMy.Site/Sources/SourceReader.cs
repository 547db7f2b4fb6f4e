using System.Collections.Immutable;
using PhuocMy.Site.Diagnostics;

namespace PhuocMy.Site.Sources;

/// <summary>
/// Reads one layer (<c>input/</c> or <c>theme/</c>) from disk, publishing nothing that was not meant:
/// a symbolic link is followed only while it stays inside the layer's folder (git stores links, so a commit can carry
/// one to <c>/etc/passwd</c> or to a folder outside the repository); a loop of links is named, not followed forever;
/// backups and system files are left unread; a file too large for a news site is refused before it fills the memory.
/// Everything refused or left out is a diagnostic naming the file.
/// </summary>
public static class SourceReader
{
    /// <summary>Larger than any photo or PDF a ward publishes; video belongs on a video service.</summary>
    public const long MaxFileBytes = 100L * 1024 * 1024;

    public static IReadOnlyList<SourceFile> Read(string root, SourceLayer layer, List<Diagnostic> problems)
    {
        if (!Directory.Exists(root)) return [];
        var prefix = layer == SourceLayer.Input ? "input/" : "theme/";
        var realRoot = RealPath.Resolve(root, out _) ?? Path.GetFullPath(root);

        var found = new List<(string Relative, string Real)>();
        var pending = new Stack<(string Folder, string Relative, ImmutableList<string> Chain)>();
        // Folders are walked by their real paths, so a loop shows as a real path already on the way down.
        pending.Push((realRoot, "", [realRoot]));
        while (pending.Count > 0)
        {
            var (folder, relative, chain) = pending.Pop();
            foreach (var entry in Entries(folder, prefix + relative, problems))
            {
                var path = relative + entry.Name;
                var display = prefix + path;
                if (entry is FileInfo && StrayFiles.Reason(entry.Name) is { } reason)
                {
                    problems.Add(Warning(display, $"Bỏ qua {reason}; tệp này không được đăng.", "Xóa tệp này khỏi thư mục nếu không cần nữa."));
                    continue;
                }

                var real = entry.FullName;
                if (entry.LinkTarget is not null)
                {
                    real = FollowLink(entry, display, realRoot, problems);
                    if (real is null) continue;
                }

                if (Directory.Exists(real))
                {
                    if (chain.Contains(real))
                    {
                        problems.Add(Error(display, "Liên kết tượng trưng (symlink) này trỏ ngược về thư mục chứa nó, tạo thành vòng lặp vô tận.",
                            "Xóa liên kết này; chép thẳng tệp cần dùng vào đây."));
                        continue;
                    }
                    pending.Push((real, path + "/", chain.Add(real)));
                }
                else
                {
                    found.Add((path, real));
                }
            }
        }

        return found
            .AsParallel()
            .Select(file => ReadFile(file.Relative, file.Real, layer, prefix, problems))
            .OfType<SourceFile>()
            .ToList();
    }

    private static IEnumerable<FileSystemInfo> Entries(string folder, string display, List<Diagnostic> problems)
    {
        try
        {
            return new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions
            {
                AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false, ReturnSpecialDirectories = false,
            }).OrderBy(entry => entry.Name, StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            lock (problems)
                problems.Add(Error(display.TrimEnd('/'), $"Không đọc được thư mục này ({e.Message}).", "Kiểm tra quyền đọc của thư mục."));
            return [];
        }
    }

    /// <summary>The real path a link leads to, when that is inside the layer; otherwise null and the reason recorded.</summary>
    private static string? FollowLink(FileSystemInfo link, string display, string realRoot, List<Diagnostic> problems)
    {
        var real = RealPath.Resolve(link.FullName, out var failure);
        var layerName = display[..display.IndexOf('/')];
        if (real is null)
        {
            problems.Add(failure == RealPath.Failure.Loop
                ? Error(display, "Liên kết tượng trưng (symlink) này tạo thành vòng lặp (các liên kết trỏ qua lại nhau).", "Xóa liên kết này; chép thẳng tệp cần dùng vào đây.")
                : Error(display, $"Liên kết tượng trưng (symlink) này trỏ tới '{link.LinkTarget}', nơi không tồn tại.", "Xóa liên kết hỏng, hoặc chép thẳng tệp cần dùng vào đây."));
            return null;
        }
        if (real != realRoot && !real.StartsWith(realRoot.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            problems.Add(Error(display,
                $"Liên kết tượng trưng (symlink) này trỏ ra ngoài thư mục {layerName}/ (tới {real}); không đọc để tránh đăng nhầm tệp riêng tư.",
                $"Chép thẳng tệp cần đăng vào {layerName}/ thay cho liên kết, rồi xóa liên kết."));
            return null;
        }
        return real;
    }

    private static SourceFile? ReadFile(string relative, string real, SourceLayer layer, string prefix, List<Diagnostic> problems)
    {
        try
        {
            using var stream = new FileStream(real, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            if (stream.Length > MaxFileBytes)
            {
                lock (problems)
                    problems.Add(Error(prefix + relative,
                        $"Tệp nặng {Megabytes(stream.Length)} MB, quá giới hạn {Megabytes(MaxFileBytes)} MB cho một tệp của trang.",
                        "Giảm dung lượng (nén ảnh, tách tài liệu), hoặc đăng video lên dịch vụ video rồi dẫn liên kết."));
                return null;
            }
            var content = new byte[stream.Length];
            stream.ReadExactly(content);
            return new SourceFile(relative, layer, content);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            lock (problems)
                problems.Add(Error(prefix + relative, $"Không đọc được tệp này ({e.Message}).", "Kiểm tra quyền đọc của tệp."));
            return null;
        }
    }

    private static string Megabytes(long bytes) => Formatting.VietnameseNumberFormat.Number(bytes / 1024m / 1024m, 1);

    private static Diagnostic Error(string file, string message, string hint) => new(Severity.Error, file, null, message, hint);

    private static Diagnostic Warning(string file, string message, string hint) => new(Severity.Warning, file, null, message, hint);
}
