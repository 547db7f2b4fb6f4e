using System.Text;
using PhuocMy.Site.Diagnostics;

namespace PhuocMy.Site.Output;

/// <summary>
/// Checks every output path before anything is written: each stays inside the output folder, no two files share a
/// path, and every name fits the file system (255 bytes a name), so a 300-character slug is a message naming the
/// content file instead of a crash halfway through writing.
/// </summary>
public static class OutputPaths
{
    /// <summary>Linux, macOS and Windows all stop at 255 (bytes or UTF-16 units) for one name.</summary>
    public const int MaxNameBytes = 255;

    /// <summary>Room left for the folder the site is written to, within Linux's 4,096-byte path limit.</summary>
    public const int MaxRelativeBytes = 3_000;

    public static IReadOnlyList<Diagnostic> Check(IReadOnlyList<OutputFile> files)
    {
        var problems = new List<Diagnostic>();
        var seen = new Dictionary<string, OutputFile>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (Problem(file.Path) is { } problem)
                problems.Add(new Diagnostic(Severity.Error, SourceOf(file), null, problem.Message, problem.Hint));
            else if (!seen.TryAdd(file.Path, file))
                problems.Add(new Diagnostic(Severity.Error, SourceOf(file), null,
                    $"Tệp đầu ra '{file.Path}' trùng với tệp tạo từ {SourceOf(seen[file.Path])}.",
                    "Đổi tên hoặc chuyển một trong hai tệp nguồn để mỗi tệp có đường dẫn riêng."));
        }
        return problems;
    }

    /// <summary>The content file an author would change: the page's origin, or the first file that fed it.</summary>
    public static string SourceOf(OutputFile file) => file.Origin ?? file.Sources.FirstOrDefault() ?? file.Path;

    /// <summary>Why <paramref name="path"/> cannot be written, or null when it can.</summary>
    public static (string Message, string Hint)? Problem(string path)
    {
        var segments = path.Split('/');
        if (path.Length == 0 || path.StartsWith('/') || path.Contains('\\') || path.Contains('\0')
            || segments.Any(segment => segment is "" or "." or ".."))
            return ($"Đường dẫn đầu ra '{path}' không hợp lệ (rỗng, tuyệt đối hoặc đi ra ngoài thư mục đầu ra).",
                "Dùng tên tệp và thư mục bình thường, không có '..' hay '/' ở đầu.");

        var tooLong = segments.FirstOrDefault(segment => Encoding.UTF8.GetByteCount(segment) > MaxNameBytes);
        if (tooLong is not null)
            return ($"Tên '{Shorten(tooLong)}' trong địa chỉ '{Shorten(path)}' dài {tooLong.Length} ký tự ({Encoding.UTF8.GetByteCount(tooLong)} byte); hệ thống tệp chỉ cho tối đa {MaxNameBytes} byte một tên.",
                "Rút ngắn slug, tên tệp hoặc từ khóa (tags) sinh ra địa chỉ này; địa chỉ ngắn cũng dễ đọc, dễ chia sẻ hơn.");

        if (Encoding.UTF8.GetByteCount(path) > MaxRelativeBytes)
            return ($"Địa chỉ '{Shorten(path)}' dài quá {MaxRelativeBytes} byte.", "Rút ngắn tên các thư mục và tệp sinh ra địa chỉ này.");
        return null;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..40] + "…" + text[^15..];
}
