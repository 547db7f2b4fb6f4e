using System.Diagnostics;
using System.Text;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Formatting;

namespace PhuocMy.Site.Output;

/// <summary>
/// Holds the marker file beside the output folder open exclusively (an advisory lock on Unix, a sharing lock on
/// Windows), so a second build into the same folder waits instead of interleaving its files with the first's.
/// The operating system releases the lock when a build ends in any way, killed included.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);
    private readonly FileStream stream;

    private OutputLock(OutputFolder folder, FileStream stream)
    {
        Folder = folder;
        this.stream = stream;
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        IsSigned = reader.ReadLine() == OutputFolder.Signature;
    }

    /// <summary>The folder this lock guards.</summary>
    public OutputFolder Folder { get; }

    /// <summary>The marker already said the folder is ours before this build took the lock.</summary>
    public bool IsSigned { get; private set; }

    /// <param name="onWaiting">Told once, when another build holds the lock and this one starts to wait.</param>
    public static OutputLock Acquire(OutputFolder folder, TimeSpan timeout, Action<string>? onWaiting)
    {
        var waited = Stopwatch.StartNew();
        var announced = false;
        while (true)
        {
            try
            {
                return new OutputLock(folder, new FileStream(folder.Marker, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException e) when (IsHeldByAnother(e))
            {
                if (waited.Elapsed >= timeout)
                    throw new PublishException(new Diagnostic(Severity.Error, folder.Path, null,
                        $"Đã chờ {Minutes(timeout)} mà lần dựng khác vào thư mục này vẫn chưa xong; không ghi chen vào.",
                        $"Kiểm tra xem còn lệnh dựng nào đang chạy không (khóa: {folder.Marker}); khi nó xong, dựng lại."));
                if (!announced)
                {
                    onWaiting?.Invoke($"Một lần dựng khác đang ghi vào {folder.Path}; chờ nó xong rồi mới ghi (tối đa {Minutes(timeout)})…");
                    announced = true;
                }
                Thread.Sleep(PollInterval);
            }
        }
    }

    /// <summary>Marks the folder as the generator's, after the first successful publish into it.</summary>
    public void Sign(string text)
    {
        if (IsSigned) return;
        stream.SetLength(0);
        stream.Write(Encoding.UTF8.GetBytes(text));
        stream.Flush(flushToDisk: true);
        IsSigned = true;
    }

    public void Dispose() => stream.Dispose();

    private static string Minutes(TimeSpan span) =>
        span.TotalMinutes >= 1
            ? VietnameseNumberFormat.Number((decimal)span.TotalMinutes, 1) + " phút"
            : VietnameseNumberFormat.Number((decimal)span.TotalSeconds, 1) + " giây";

    // ERROR_SHARING_VIOLATION and ERROR_LOCK_VIOLATION; .NET reports a held Unix flock as the former.
    private static bool IsHeldByAnother(IOException e) =>
        e.HResult is unchecked((int)0x80070020) or unchecked((int)0x80070021) or 11 /* EWOULDBLOCK */;
}
