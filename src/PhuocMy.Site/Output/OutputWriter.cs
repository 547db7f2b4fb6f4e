using PhuocMy.Site.Diagnostics;

namespace PhuocMy.Site.Output;

/// <param name="LockTimeout">How long a build waits for another build into the same folder to finish.</param>
/// <param name="OnWaiting">Told once when this build starts waiting for another one.</param>
public sealed record PublishOptions(TimeSpan LockTimeout, Action<string>? OnWaiting = null)
{
    public PublishOptions() : this(TimeSpan.FromMinutes(10)) { }

    /// <summary>For tests: runs before each file of the new site is written, so a fault can be injected there.</summary>
    internal Action<string>? BeforeWrite { get; init; }
}

/// <summary>
/// Publishes a finished build so the output folder is always one whole site, the old or the new, whatever happens:
/// the new site is written completely into a folder beside the output (unchanged files hard-linked from the old
/// site, so they keep their bytes and times for hosts and the preview), then the two folders are swapped in one step
/// and the old one is deleted. A lock beside the folder makes a second build into it wait. Nothing is ever written
/// inside a non-empty folder the generator did not make, and a failure leaves the previous site exactly as it was.
/// </summary>
public static class OutputWriter
{
    public sealed record WriteSummary(int Written, int Unchanged, int Removed)
    {
        /// <summary>The paths of the files written with new content, in order (a preview reloads the pages among them).</summary>
        public IReadOnlyList<string> Changed { get; init; } = [];

        /// <summary>The paths of the files the last site had and this one has not, in order.</summary>
        public IReadOnlyList<string> RemovedPaths { get; init; } = [];
    }

    /// <summary>Null when the folder may receive the site; otherwise why not. Changes nothing on disk.</summary>
    public static Diagnostic? CheckTarget(string outputDirectory)
    {
        if (OutputFolder.For(outputDirectory, out var problem) is not { } folder)
            return new Diagnostic(Severity.Error, outputDirectory, null, problem!, "Chỉ --output tới một thư mục, ví dụ: --output _site");
        if (!folder.IsEmptyOrMissing && !folder.IsOurs) return Foreign(folder);
        if (folder.Exists && !NativeFileSystem.CanWrite(folder.Path))
            return new Diagnostic(Severity.Error, folder.Path, null,
                "Thư mục đầu ra chỉ cho đọc (không có quyền ghi), nên không thay được trang cũ. Trang cũ giữ nguyên.",
                "Cấp quyền ghi cho thư mục (ví dụ: chmod -R u+w), hoặc chọn --output khác.");
        var existingParent = ExistingAncestor(folder.Parent);
        if (existingParent is not null && !NativeFileSystem.CanWrite(existingParent))
            return new Diagnostic(Severity.Error, existingParent, null,
                $"Không có quyền ghi vào {existingParent}, nơi trang mới được ghi trước khi thay vào {Path.GetFileName(folder.Path)}. Trang cũ giữ nguyên.",
                "Cấp quyền ghi cho thư mục này, hoặc chọn --output ở nơi có quyền ghi.");
        return null;
    }

    private static string? ExistingAncestor(string? folder)
    {
        while (folder is not null && !Directory.Exists(folder)) folder = Path.GetDirectoryName(folder);
        return folder;
    }

    /// <summary>
    /// Takes the lock beside the output folder, waiting for another build into it to finish. A build holds it from
    /// before it reads its cache until it has saved the next one, so what the cache says about the folder holds
    /// while the build runs and two builds never interleave their files or their caches.
    /// </summary>
    /// <exception cref="PublishException">Refused (not a folder, not ours, no permission) or waited too long.</exception>
    public static OutputLock Lock(string outputDirectory, PublishOptions? options = null)
    {
        options ??= new PublishOptions();
        if (CheckTarget(outputDirectory) is { } refusal) throw new PublishException(refusal);
        var folder = OutputFolder.For(outputDirectory, out _)!;
        try
        {
            Directory.CreateDirectory(folder.Parent);
            return OutputLock.Acquire(folder, options.LockTimeout, options.OnWaiting);
        }
        catch (Exception e) when (IsWriteFailure(e))
        {
            throw new PublishException(WriteFailure.Explain(e, folder));
        }
    }

    /// <summary>Publishes <paramref name="files"/> as the whole content of the output folder, taking its lock for the time.</summary>
    /// <exception cref="PublishException">Refused or failed; the previous site is untouched.</exception>
    public static WriteSummary Write(string outputDirectory, IReadOnlyList<OutputFile> files, PublishOptions? options = null)
    {
        options ??= new PublishOptions();
        using var held = Lock(outputDirectory, options);
        return Write(held, files, options);
    }

    /// <summary>
    /// Publishes <paramref name="files"/> into the folder whose lock is <paramref name="held"/>, staging them all first
    /// (<see cref="StagedSite"/>). A file the build cache found already in the folder (<see cref="OutputFile.AlreadyWritten"/>) is hard-linked from it unread.
    /// </summary>
    /// <exception cref="PublishException">Refused or failed; the previous site is untouched.</exception>
    public static WriteSummary Write(OutputLock held, IReadOnlyList<OutputFile> files, PublishOptions? options = null)
    {
        using var staged = StagedSite.Open(held, options);
        return staged.Publish(files);
    }

    /// <summary>The full path of an output file, refusing anything that would land outside the output folder.</summary>
    public static string Inside(string root, string relative)
    {
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"Refusing to write '{relative}' outside the output folder.");
        return full;
    }

    /// <summary>Puts the staged site in place in one step; returns the folder now holding the old site, to delete.</summary>
    internal static string? Switch(OutputFolder folder)
    {
        if (!folder.Exists)
        {
            Directory.Move(folder.Staging, folder.Path);
            return null;
        }

        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(folder.Staging, File.GetUnixFileMode(folder.Path));
        if (NativeFileSystem.TryExchange(folder.Staging, folder.Path, out var error)) return folder.Staging;
        if (error is NativeFileSystem.CrossDevice or NativeFileSystem.Busy)
            throw new PublishException(new Diagnostic(Severity.Error, folder.Path, null,
                $"Thư mục đầu ra là một ổ đĩa được gắn riêng (mount), nên không thể thay cả thư mục trong một bước. Trang cũ giữ nguyên.",
                "Gắn thư mục chứa nó thay vì chính thư mục đầu ra, hoặc chọn --output khác."));

        // No atomic exchange here (older kernel, macOS, Windows): two renames, an instant apart; an interrupted
        // build is repaired by the next one (RecoverInterrupted).
        Directory.Move(folder.Path, folder.Previous);
        try
        {
            Directory.Move(folder.Staging, folder.Path);
        }
        catch
        {
            Directory.Move(folder.Previous, folder.Path);
            throw;
        }
        return folder.Previous;
    }

    /// <summary>What a build killed earlier left beside the folder: a half-written site, or the old one mid-switch.</summary>
    internal static void RecoverInterrupted(OutputFolder folder)
    {
        if (!folder.Exists && Directory.Exists(folder.Previous)) Directory.Move(folder.Previous, folder.Path);
        foreach (var leftover in new[] { folder.Staging, folder.Previous }.Where(Directory.Exists))
        {
            try
            {
                Directory.Delete(leftover, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new PublishException(new Diagnostic(Severity.Error, leftover, null,
                    $"Không xóa được {leftover}, phần còn lại của một lần dựng trước ({e.Message}). Trang trong {folder.Path} giữ nguyên.",
                    "Xóa thư mục này bằng tay (có thể cần quyền ghi), rồi dựng lại."));
            }
        }
    }

    internal static void TryDelete(string? directory)
    {
        if (directory is null || !Directory.Exists(directory)) return;
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The site is published; the next build removes what is left (RecoverInterrupted).
        }
    }

    internal static bool IsWriteFailure(Exception e) => e switch
    {
        PublishException => false,
        IOException or UnauthorizedAccessException => true,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.All(IsWriteFailure),
        _ => false,
    };

    internal static Diagnostic Foreign(OutputFolder folder) => new(Severity.Error, folder.Path, null,
        "Thư mục đầu ra đã có tệp nhưng không phải do trình dựng trang tạo ra; không ghi đè để tránh mất dữ liệu.",
        "Chọn một thư mục trống cho --output, hoặc tự xóa thư mục này nếu chắc chắn.");
}
