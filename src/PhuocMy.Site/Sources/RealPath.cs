using System.Runtime.InteropServices;

namespace PhuocMy.Site.Sources;

/// <summary>
/// Where a path really leads once every symbolic link on the way is followed, as the kernel resolves it
/// (<c>realpath</c>): a lexical reading of "<c>link/../x</c>" can look inside a folder while the system goes elsewhere.
/// </summary>
internal static class RealPath
{
    public enum Failure { None, Loop, Missing, Other }

    private const int NoEntry = 2;   // ENOENT
    private const int NotFolder = 20; // ENOTDIR
    private const int TooManyLinks = 40; // ELOOP on Linux
    private const int TooManyLinksMac = 62;

    public static string? Resolve(string path, out Failure failure)
    {
        failure = Failure.None;
        if (OperatingSystem.IsWindows()) return ResolveManaged(path, out failure);
        var result = NativeRealPath(path, IntPtr.Zero);
        if (result == IntPtr.Zero)
        {
            failure = Marshal.GetLastPInvokeError() switch
            {
                TooManyLinks or TooManyLinksMac => Failure.Loop,
                NoEntry or NotFolder => Failure.Missing,
                _ => Failure.Other,
            };
            return null;
        }
        try
        {
            return Marshal.PtrToStringUTF8(result);
        }
        finally
        {
            Free(result);
        }
    }

    private static string? ResolveManaged(string path, out Failure failure)
    {
        failure = Failure.None;
        try
        {
            FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            var target = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !target.Exists)
            {
                failure = Failure.Missing;
                return null;
            }
            return Path.GetFullPath(target.FullName);
        }
        catch (IOException)
        {
            failure = Failure.Loop;
            return null;
        }
    }

    [DllImport("libc", EntryPoint = "realpath", SetLastError = true)]
    private static extern IntPtr NativeRealPath(string path, IntPtr resolved);

    [DllImport("libc", EntryPoint = "free")]
    private static extern void Free(IntPtr pointer);
}
