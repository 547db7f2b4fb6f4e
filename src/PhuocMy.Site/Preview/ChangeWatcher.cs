using System.Threading.Channels;

namespace PhuocMy.Site.Preview;

/// <summary>
/// Watches the input and theme folders, subfolders included (folders added later too), and hands out changes in
/// batches: a batch ends when the folders have been quiet for a moment, so an editor's save (write a temporary
/// file, rename it over the real one) or a folder copied in becomes one rebuild, not twenty.
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    /// <summary>Stands for "something changed, the system could not say what" (its event buffer overflowed).</summary>
    public const string Unknown = "(nhiều tệp)";

    private readonly Channel<Change> changes = Channel.CreateUnbounded<Change>();

    private sealed record Change(string Label, string? FullPath, bool Created);
    private readonly List<FileSystemWatcher> watchers = [];

    /// <param name="folders">Each folder with the name it is shown under, e.g. ("/home/…/input", "input").</param>
    public ChangeWatcher(IEnumerable<(string Folder, string Label)> folders)
    {
        foreach (var (folder, label) in folders)
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            var root = Path.GetFullPath(folder);
            void Report(string path, bool created = false)
            {
                if (!EditorTempFiles.IsTemporary(path)) changes.Writer.TryWrite(new Change(Display(root, label, path), path, created));
            }
            watcher.Created += (_, e) => Report(e.FullPath, created: true);
            watcher.Changed += (_, e) => Report(e.FullPath);
            watcher.Deleted += (_, e) => Report(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Report(e.OldFullPath);
                Report(e.FullPath, created: true);
            };
            watcher.Error += (_, _) => changes.Writer.TryWrite(new Change(Unknown, null, false));
            watcher.EnableRaisingEvents = true;
            watchers.Add(watcher);
        }
    }

    /// <summary>
    /// Waits for the next change, then gathers more until <paramref name="quiet"/> passes without one (or
    /// <paramref name="longest"/> since the first). Returns the changed paths as the author knows them, sorted,
    /// without the files that came and went within the batch (an editor's or a tool's temporary file).
    /// </summary>
    public async Task<IReadOnlyList<string>> NextBatchAsync(TimeSpan quiet, TimeSpan longest, CancellationToken cancel)
    {
        var batch = new List<Change> { await changes.Reader.ReadAsync(cancel) };
        var deadline = DateTime.UtcNow + longest;
        while (true)
        {
            while (changes.Reader.TryRead(out var more)) batch.Add(more);
            var wait = Min(quiet, deadline - DateTime.UtcNow);
            if (wait <= TimeSpan.Zero) break;
            using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            timer.CancelAfter(wait);
            try
            {
                batch.Add(await changes.Reader.ReadAsync(timer.Token));
            }
            catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
            {
                break;
            }
        }
        var cameAndWent = batch.Where(c => c.Created && c.FullPath is { } path && !File.Exists(path) && !Directory.Exists(path))
            .Select(c => c.Label).ToHashSet(StringComparer.Ordinal);
        var shown = batch.Select(c => c.Label).Where(label => !cameAndWent.Contains(label)).Distinct().Order(StringComparer.Ordinal).ToList();
        return shown;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static string Display(string root, string label, string path) =>
        $"{label}/{Path.GetRelativePath(root, path).Replace('\\', '/')}";

    public void Dispose()
    {
        foreach (var watcher in watchers) watcher.Dispose();
        changes.Writer.TryComplete();
    }
}
