using PhuocMy.Site.Dependencies;
using PhuocMy.Site.Output;

namespace PhuocMy.Site.Caching;

/// <summary>
/// What the output folder holds compared with what the last build wrote there: a file is trusted as written only
/// when it is in the same folder with the same length and modification time the last build recorded.
/// </summary>
/// <param name="listing">The folder as listed at the start of the build, if it was (<see cref="OutputListing"/>); else each file is looked at.</param>
public sealed class OutputFolderState(BuildCache previous, string outputFolder, Func<OutputListing?>? listing = null)
{
    private readonly string root = Path.GetFullPath(outputFolder);

    public bool IsWritten(string path, ContentHash hash)
    {
        if (previous.OutputFolder != root || !previous.Written.TryGetValue(path, out var written) || written.Hash != hash) return false;
        var full = OutputWriter.Inside(root, path);
        if (listing?.Invoke() is { } listed)
            return listed.Files.TryGetValue(full, out var file) && file.Length == written.Length && file.Ticks == written.LastWriteTicks;
        var info = new FileInfo(full);
        return info.Exists && info.Length == written.Length && info.LastWriteTimeUtc.Ticks == written.LastWriteTicks;
    }

    public ReadOnlyMemory<byte> Read(string path) => File.ReadAllBytes(OutputWriter.Inside(root, path));

    /// <summary>Records every file of a finished build as it now is in the output folder.</summary>
    public void Record(BuildCache next, IReadOnlyList<OutputFile> files)
    {
        next.OutputFolder = root;
        var written = new System.Collections.Concurrent.ConcurrentDictionary<string, WrittenFile>(StringComparer.Ordinal);
        Parallel.ForEach(files, file =>
        {
            // A file found untouched before the build was not written by it: what was recorded still holds.
            if (file.AlreadyWritten && previous.Written.TryGetValue(file.Path, out var kept))
            {
                written[file.Path] = kept;
                return;
            }
            var info = new FileInfo(OutputWriter.Inside(root, file.Path));
            if (info.Exists) written[file.Path] = new WrittenFile(file.Hash, info.Length, info.LastWriteTimeUtc.Ticks);
        });
        next.Written = new Dictionary<string, WrittenFile>(written, StringComparer.Ordinal);
    }
}
