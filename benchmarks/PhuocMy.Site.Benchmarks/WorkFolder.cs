using System.Runtime.InteropServices;

namespace PhuocMy.Site.Benchmarks;

/// <summary>
/// A scratch folder on tmpfs (<c>/dev/shm</c>) when there is one: repeated large writes to disk drift slower on
/// these machines, which would time the disk instead of the generators. Removed at the end, also when the run is
/// interrupted (Ctrl+C, kill), so gigabytes of pages do not stay in memory.
/// </summary>
public sealed class WorkFolder : IDisposable
{
    private const string Tmpfs = "/dev/shm";

    private readonly PosixSignalRegistration[] signals;

    private WorkFolder(string path, bool onTmpfs)
    {
        Path = path;
        OnTmpfs = onTmpfs;
        signals = [PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => Remove()), PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => Remove())];
    }

    public string Path { get; }
    public bool OnTmpfs { get; }

    public static WorkFolder Create()
    {
        var onTmpfs = Directory.Exists(Tmpfs);
        var root = onTmpfs ? Tmpfs : System.IO.Path.GetTempPath();
        var path = System.IO.Path.Combine(root, $"phuocmy-bench-{Environment.ProcessId}");
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        Directory.CreateDirectory(path);
        return new WorkFolder(path, onTmpfs);
    }

    public void Dispose()
    {
        foreach (var signal in signals) signal.Dispose();
        Remove();
    }

    private void Remove()
    {
        try
        {
            if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A generator still writing into it as the run is interrupted: what is left goes with the next reboot.
        }
    }
}
