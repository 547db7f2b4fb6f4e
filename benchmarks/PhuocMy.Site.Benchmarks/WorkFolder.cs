namespace PhuocMy.Site.Benchmarks;

/// <summary>
/// A scratch folder on tmpfs (<c>/dev/shm</c>) when there is one: repeated large writes to disk drift slower on
/// these machines, which would time the disk instead of the generators.
/// </summary>
public sealed class WorkFolder : IDisposable
{
    private const string Tmpfs = "/dev/shm";

    private WorkFolder(string path, bool onTmpfs)
    {
        Path = path;
        OnTmpfs = onTmpfs;
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
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
