using PhuocMy.Site.Diagnostics;

namespace PhuocMy.Site.Output;

/// <summary>Turns what the operating system says about a failed write into a message staff can act on.</summary>
public static class WriteFailure
{
    private const int NoSpace = 28;          // ENOSPC
    private const int ReadOnlyDisk = 30;     // EROFS
    private const int QuotaExceeded = 122;   // EDQUOT
    private const int NameTooLong = 36;      // ENAMETOOLONG
    private const int WindowsDiskFull = unchecked((int)0x80070070);
    private const int WindowsHandleDiskFull = unchecked((int)0x80070027);

    public static Diagnostic Explain(Exception exception, OutputFolder folder)
    {
        var cause = exception is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : exception;
        var kept = $"Trang cũ trong {folder.Path} giữ nguyên, không bị ghi dở.";
        return cause switch
        {
            UnauthorizedAccessException => Error(folder.Parent,
                $"Không có quyền ghi vào {folder.Parent} (cần ghi trang mới bên cạnh {Name(folder)} rồi thay vào). {kept}",
                "Cấp quyền ghi cho thư mục này (và thư mục chứa nó), hoặc chọn --output ở nơi có quyền ghi."),
            IOException { HResult: NoSpace or QuotaExceeded or WindowsDiskFull or WindowsHandleDiskFull } => Error(folder.Parent,
                $"Ổ đĩa đã đầy (hoặc hết hạn mức) khi ghi trang mới. {kept}",
                "Giải phóng dung lượng trên ổ đĩa chứa thư mục đầu ra (trang mới cần chỗ bằng khoảng một bản trang web), rồi dựng lại."),
            IOException { HResult: ReadOnlyDisk } => Error(folder.Parent,
                $"Ổ đĩa chứa thư mục đầu ra chỉ cho đọc (read-only). {kept}",
                "Chọn --output trên một ổ đĩa ghi được."),
            PathTooLongException or IOException { HResult: NameTooLong } => Error(folder.Path,
                $"Đường dẫn quá dài cho hệ thống tệp: {cause.Message} {kept}",
                "Chọn thư mục đầu ra có đường dẫn ngắn hơn, hoặc rút ngắn slug của trang."),
            _ => Error(folder.Parent,
                $"Không ghi được trang mới ({cause.GetType().Name}: {cause.Message}). {kept}",
                "Kiểm tra ổ đĩa và quyền ghi của thư mục đầu ra, rồi dựng lại."),
        };
    }

    private static string Name(OutputFolder folder) => Path.GetFileName(folder.Path);

    private static Diagnostic Error(string where, string message, string hint) => new(Severity.Error, where, null, message, hint);
}
