using System.Collections.Concurrent;

namespace PhuocMy.Site.Output;

/// <summary>
/// The next site, written file by file into the staging folder beside the output folder while the build makes it, so
/// a page's bytes leave memory as soon as it is rendered. Nothing in the live folder changes until
/// <see cref="Publish"/> swaps the two folders in one step, after every phase succeeded; a build that fails (or is
/// killed) leaves the old site as it was, and its staging folder is removed (by the next build, if killed).
/// </summary>
public sealed class StagedSite : IDisposable
{
    private readonly OutputLock held;
    private readonly PublishOptions options;
    private readonly ConcurrentDictionary<string, bool> staged = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> folders = new(StringComparer.Ordinal);
    private readonly string? previous;
    private Exception? failure;
    private bool published;

    private StagedSite(OutputLock held, PublishOptions options)
    {
        this.held = held;
        this.options = options;
        previous = held.Folder.Exists ? held.Folder.Path : null;
    }

    private OutputFolder Folder => held.Folder;

    /// <summary>
    /// Repairs what a killed build left beside the folder and starts an empty staging folder, under the folder's lock.
    /// </summary>
    /// <exception cref="PublishException">The folder is not ours, or a leftover cannot be removed.</exception>
    public static StagedSite Open(OutputLock held, PublishOptions? options = null)
    {
        var folder = held.Folder;
        try
        {
            OutputWriter.RecoverInterrupted(folder);
            if (!folder.IsEmptyOrMissing && !held.IsSigned && !folder.IsOurs) throw new PublishException(OutputWriter.Foreign(folder));
            Directory.CreateDirectory(folder.Staging);
            return new StagedSite(held, options ?? new PublishOptions());
        }
        catch (Exception e) when (OutputWriter.IsWriteFailure(e))
        {
            throw new PublishException(WriteFailure.Explain(e, folder));
        }
    }

    /// <summary>
    /// Writes <paramref name="file"/> into the staging folder and returns it without its bytes (read back from there when
    /// asked). A file whose path is not fit to write, or that is already staged (two files on one path), stays in memory
    /// for <see cref="Publish"/> to refuse with the usual message; a failure to write is kept and reported there too.
    /// </summary>
    public OutputFile Stage(OutputFile file)
    {
        if (file.Staged || failure is not null || OutputPaths.Problem(file.Path) is not null || !staged.TryAdd(file.Path, false)) return file;
        try
        {
            staged[file.Path] = Write(file);
        }
        catch (Exception e) when (OutputWriter.IsWriteFailure(e))
        {
            Interlocked.CompareExchange(ref failure, e, null);
            return file;
        }
        var target = Path.Combine(Folder.Staging, file.Path);
        return file.InStaging(() => File.ReadAllBytes(target));
    }

    /// <summary>
    /// Stages what is not staged yet, then puts the staged folder in place of the live one in one step and deletes the
    /// old site. Files staged but not among <paramref name="files"/> are not published.
    /// </summary>
    /// <exception cref="PublishException">Refused or failed; the previous site is untouched and the staging folder removed.</exception>
    public OutputWriter.WriteSummary Publish(IReadOnlyList<OutputFile> files)
    {
        try
        {
            if (OutputPaths.Check(files) is { Count: > 0 } badPaths) throw new PublishException(badPaths);
            Parallel.ForEach(files, file => Stage(file));
            if (failure is not null) throw failure;

            var listed = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
            foreach (var stray in staged.Keys.Where(path => !listed.Contains(path))) Unstage(stray);
            var changed = files.Where(f => staged.TryGetValue(f.Path, out var isNew) && isNew).Select(f => f.Path).Order(StringComparer.Ordinal).ToList();
            var removed = previous is null ? [] : Removed(previous, listed);

            var old = OutputWriter.Switch(Folder);
            published = true;
            held.Sign(Folder.MarkerText);
            OutputWriter.TryDelete(old);
            return new OutputWriter.WriteSummary(changed.Count, files.Count - changed.Count, removed.Count) { Changed = changed, RemovedPaths = removed };
        }
        catch (Exception e) when (OutputWriter.IsWriteFailure(e))
        {
            throw new PublishException(WriteFailure.Explain(e, Folder));
        }
        finally
        {
            if (!published) Discard();
        }
    }

    /// <summary>Removes the staging folder of a build that will not publish; the live folder is never touched.</summary>
    public void Discard()
    {
        if (!published) OutputWriter.TryDelete(Folder.Staging);
    }

    public void Dispose() => Discard();

    /// <summary>Removes a staged file, and the folders it leaves empty.</summary>
    private void Unstage(string path)
    {
        File.Delete(Path.Combine(Folder.Staging, path));
        for (var folder = Path.GetDirectoryName(path); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
        {
            var full = Path.Combine(Folder.Staging, folder);
            if (Directory.EnumerateFileSystemEntries(full).Any()) break;
            Directory.Delete(full);
        }
    }

    /// <summary>Writes one file into the staging folder; true when its bytes are new to the output folder.</summary>
    private bool Write(OutputFile file)
    {
        options.BeforeWrite?.Invoke(file.Path);
        var target = Path.Combine(Folder.Staging, file.Path);
        if (Path.GetDirectoryName(file.Path) is { Length: > 0 } directory && !folders.ContainsKey(directory))
        {
            Directory.CreateDirectory(Path.Combine(Folder.Staging, directory));
            folders.TryAdd(directory, 0);
        }
        if (file.AlreadyWritten)
        {
            // The cache vouched for the live file (same hash, length and time as written), and the lock keeps it so.
            var live = Path.Combine(previous ?? throw new InvalidOperationException($"'{file.Path}' is marked as already written but the output folder does not exist."), file.Path);
            if (!NativeFileSystem.TryHardLink(live, target)) CopyKeepingTime(live, target);
            return false;
        }
        if (previous is not null && Unchanged(Path.Combine(previous, file.Path), file.Content.Span) is { } old)
        {
            if (NativeFileSystem.TryHardLink(old.FullName, target)) return false;
            WriteNew(target, file.Content.Span);
            File.SetLastWriteTimeUtc(target, old.LastWriteTimeUtc);
            return false;
        }
        WriteNew(target, file.Content.Span);
        return true;
    }

    /// <summary>The old file when it is a plain file with exactly these bytes.</summary>
    private static FileInfo? Unchanged(string path, ReadOnlySpan<byte> content)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.LinkTarget is not null || info.Length != content.Length) return null;
        return File.ReadAllBytes(path).AsSpan().SequenceEqual(content) ? info : null;
    }

    private static void CopyKeepingTime(string from, string to)
    {
        File.Copy(from, to);
        File.SetLastWriteTimeUtc(to, File.GetLastWriteTimeUtc(from));
    }

    private static void WriteNew(string path, ReadOnlySpan<byte> content)
    {
        using var stream = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.Read, BufferSize = 0,
            PreallocationSize = content.Length,
        });
        stream.Write(content);
    }

    private static List<string> Removed(string previous, HashSet<string> kept) =>
        Directory.EnumerateFiles(previous, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(previous, path).Replace('\\', '/'))
            .Where(path => !kept.Contains(path) && path != OutputFolder.LegacyMarker)
            .Order(StringComparer.Ordinal)
            .ToList();
}
