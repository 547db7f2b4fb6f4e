using System.CommandLine;
using System.Text;

namespace PhuocMy.Site.Cli;

public static class Program
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageErrors = 2;

    /// <summary>A fault in the generator, not in the content: reported in one line with where to report it.</summary>
    public const int InternalError = 3;

    public static int Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        var root = new RootCommand("Trình dựng cổng thông tin phường: biến input/ (bài viết Markdown, số liệu JSON, cấu hình) và theme/ (giao diện) thành một trang web tĩnh.")
        {
            BuildCommand.Create(),
            NewCommand.Create(),
            CheckCommand.Create(),
            PreviewCommand.Create(),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) Console.Error.WriteLine($"Lỗi dòng lệnh: {error.Message}");
            Console.Error.WriteLine("Xem hướng dẫn: phuocmy-site --help");
            return UsageErrors;
        }
        // Exceptions reach the guard instead of System.CommandLine's handler, which prints a stack trace and exits 1.
        return InternalErrorGuard.Run(() => parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false }), Console.Error);
    }
}
