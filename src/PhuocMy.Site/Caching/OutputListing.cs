using System.Collections.Concurrent;
using System.IO.Enumeration;
using PhuocMy.Site.Dependencies;

namespace PhuocMy.Site.Caching;

/// <summary>A file of the output folder as listed: its length and modification time (UTC ticks).</summary>
public readonly record struct ListedFile(long Length, long Ticks);

/// <summary>
/// Every file of the output folder with its length and modification time, listed once per build: its hash tells the
/// build stamp whether anything was edited, added or removed (<see cref="BuildStamp"/>), and its entries tell the
/// cache whether a file is still as the last build wrote it (<see cref="OutputFolderState"/>), without a second stat.
/// </summary>
/// <param name="Files">By full path.</param>
public sealed record OutputListing(ContentHash Hash, IReadOnlyDictionary<string, ListedFile> Files)
{
    public static OutputListing Empty { get; } = new(ContentHash.Absent, new Dictionary<string, ListedFile>());

    public static OutputListing Of(string folder)
    {
        if (!Directory.Exists(folder)) return Empty;
        // On Linux each entry's length and time is a stat call: the folders of one level are listed in parallel.
        var files = new ConcurrentBag<(string Path, ListedFile File)>();
        IReadOnlyCollection<string> level = [folder];
        var options = new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false };
        while (level.Count > 0)
        {
            var below = new ConcurrentBag<string>();
            Parallel.ForEach(level, directory =>
            {
                var entries = new FileSystemEnumerable<(string Path, bool IsDirectory, bool IsLink, long Length, long Ticks)>(directory,
                    (ref FileSystemEntry entry) => entry.IsDirectory
                        ? (entry.ToFullPath(), true, (entry.Attributes & FileAttributes.ReparsePoint) != 0, 0, 0)
                        : (entry.ToFullPath(), false, false, entry.Length, entry.LastWriteTimeUtc.UtcTicks), options);
                foreach (var entry in entries)
                {
                    // As a recursive listing: a link to a folder is neither listed nor followed.
                    if (!entry.IsDirectory) files.Add((entry.Path, new ListedFile(entry.Length, entry.Ticks)));
                    else if (!entry.IsLink) below.Add(entry.Path);
                }
            });
            level = below;
        }
        var byPath = new Dictionary<string, ListedFile>(files.Count, StringComparer.Ordinal);
        var hasher = new ContentHasher();
        foreach (var (path, file) in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            hasher.Add(path).Add(file.Length).Add(file.Ticks);
            byPath[path] = file;
        }
        return new OutputListing(hasher.Finish(), byPath);
    }
}
