[assembly: Xunit.AssemblyFixture(typeof(PhuocMy.Site.Testing.TempRootCheck))]

namespace PhuocMy.Site.Testing;

/// <summary>
/// Fails the test run when a test left anything in <see cref="TempFolders.Root"/>, naming what, and deletes it: every
/// fixture and helper must delete what it makes.
/// </summary>
public sealed class TempRootCheck : IDisposable
{
    public void Dispose()
    {
        if (!Directory.Exists(TempFolders.Root)) return;
        var left = Directory.EnumerateFileSystemEntries(TempFolders.Root).Select(System.IO.Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Directory.Delete(TempFolders.Root, recursive: true);
        if (left.Count > 0)
            throw new InvalidOperationException(
                $"Tests left {left.Count} entries in the temp folder {TempFolders.Root}: {string.Join(", ", left)}. Delete what a test makes when it ends.");
    }
}
