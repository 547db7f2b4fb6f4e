using System.Diagnostics;

namespace PhuocMy.Site.Cli;

/// <summary>
/// The last line of defence: a fault in the generator itself (not in the content) is reported in one Vietnamese
/// line that says so and where to report it, with exit code 3, so neither staff nor CI mistake it for a content
/// error, and nobody is shown a stack trace. Set PHUOCMY_DEBUG=1 to see the full exception when fixing the fault.
/// </summary>
public static class InternalErrorGuard
{
    public const string ReportTo =
        "báo cho nhóm kỹ thuật phụ trách trang (mục Issues của kho mã nguồn), kèm dòng này và tệp vừa thay đổi";

    public static int Run(Func<int> command, TextWriter error)
    {
        try
        {
            return command();
        }
        catch (Exception exception)
        {
            error.WriteLine(Describe(exception));
            if (Environment.GetEnvironmentVariable("PHUOCMY_DEBUG") == "1") error.WriteLine(exception);
            return Program.InternalError;
        }
    }

    /// <summary>One line: what happened, the innermost cause and where in the generator it broke, and what to do.</summary>
    public static string Describe(Exception exception)
    {
        var cause = Innermost(exception);
        var where = WhereInGenerator(cause) is { } method ? $" tại {method}" : "";
        var detail = cause.Message.ReplaceLineEndings(" ");
        return $"Lỗi nội bộ của trình dựng trang (không phải lỗi trong nội dung bạn viết): {cause.GetType().Name}{where}: {detail} "
            + $"Thư mục đầu ra không bị ghi dở dang. Hãy {ReportTo}.";
    }

    private static Exception Innermost(Exception exception)
    {
        while (true)
        {
            switch (exception)
            {
                case AggregateException { InnerExceptions.Count: 1 } aggregate:
                    exception = aggregate.InnerExceptions[0];
                    break;
                case { InnerException: { } inner } when exception is AggregateException or TypeInitializationException or System.Reflection.TargetInvocationException:
                    exception = inner;
                    break;
                default:
                    return exception;
            }
        }
    }

    private static string? WhereInGenerator(Exception exception)
    {
        var method = new StackTrace(exception).GetFrames()
            .Select(frame => frame.GetMethod())
            .FirstOrDefault(m => m?.DeclaringType?.Namespace?.StartsWith("PhuocMy.", StringComparison.Ordinal) == true);
        return method is null ? null : $"{method.DeclaringType!.Name}.{method.Name}";
    }
}
