using System.Runtime.InteropServices;

namespace PhuocMy.Site.Output;

/// <summary>
/// The two system calls .NET does not offer: swapping two folders in one step (Linux <c>renameat2</c> with
/// <c>RENAME_EXCHANGE</c>) and a hard link (<c>link</c>), which gives an unchanged page to the new site with its
/// bytes and modification time, without copying. Each returns false where the system cannot do it.
/// </summary>
internal static class NativeFileSystem
{
    private const int AtCurrentDirectory = -100;
    private const uint RenameExchange = 2;

    public const int CrossDevice = 18;   // EXDEV
    public const int Busy = 16;          // EBUSY

    /// <summary>Atomically exchanges two existing folders. False (with the error) where unsupported.</summary>
    public static bool TryExchange(string first, string second, out int error)
    {
        error = 0;
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            if (RenameAt2(AtCurrentDirectory, first, AtCurrentDirectory, second, RenameExchange) == 0) return true;
            error = Marshal.GetLastPInvokeError();
            return false;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            // A C library without renameat2 (older glibc, musl): fall back to two renames.
            return false;
        }
    }

    /// <summary>A second name for an existing file. False where links are not possible (other disk, FAT, Windows).</summary>
    public static bool TryHardLink(string existing, string link)
    {
        if (OperatingSystem.IsWindows()) return false;
        try
        {
            return Link(existing, link) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    // DllImport rather than LibraryImport: the latter needs the whole project compiled with /unsafe.
    // On Unix, .NET passes strings to these as UTF-8.
    /// <summary>
    /// Whether this process may create and delete entries in a folder, as the kernel decides (<c>access(W_OK)</c>:
    /// permissions, a read-only disk, and root's exemption all count). True where it cannot be asked.
    /// </summary>
    public static bool CanWrite(string folder)
    {
        if (OperatingSystem.IsWindows()) return true;
        try
        {
            return Access(folder, WriteAccess) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return true;
        }
    }

    private const int WriteAccess = 2;   // W_OK

    [DllImport("libc", EntryPoint = "access", SetLastError = true)]
    private static extern int Access(string path, int mode);

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link(string existing, string link);
}
