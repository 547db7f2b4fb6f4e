namespace PhuocMy.Site.Testing;

/// <summary>
/// Where tests write: one root per test process under the system temp folder, and every folder a test makes inside it,
/// so whatever a test forgets to delete is found and named at the end of the run (<see cref="TempRootCheck"/>).
/// </summary>
public static class TempFolders
{
    public static string Root { get; } = Path.Combine(Path.GetTempPath(),
        $"phuocmy-tests-{typeof(TempFolders).Assembly.GetName().Name}-{Environment.ProcessId}");

    /// <summary>A new empty folder of its own, e.g. <c>…/phuocmy-tests-…/cli-3f9a0c1b2d4e</c>; the caller deletes it.</summary>
    public static string Create(string prefix)
    {
        var path = Path.Combine(Root, $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)]);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>A path for a file of its own in the root (not created); the caller deletes it.</summary>
    public static string File(string prefix, string extension)
    {
        Directory.CreateDirectory(Root);
        return Path.Combine(Root, $"{prefix}-{Guid.NewGuid():N}{extension}");
    }

    /// <summary>Deletes a folder and everything in it, if it is there.</summary>
    public static void Delete(string path)
    {
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
    }
}

/// <summary>A temp folder that deletes itself: <c>using var folder = new TempFolder("probe");</c>.</summary>
public sealed class TempFolder(string prefix) : IDisposable
{
    public string Path { get; } = TempFolders.Create(prefix);

    public void Dispose() => TempFolders.Delete(Path);
}
