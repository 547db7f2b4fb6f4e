using PhuocMy.Site.Caching;

namespace PhuocMy.Site.Pipeline.Phases;

/// <summary>load-cache: the last build's results, if the cache is ours, whole and of this generator version; else an empty one, and why.</summary>
public sealed class LoadCachePhase(DiskBuild disk, string cacheFolder) : IBuildPhase
{
    public string Name => "load-cache";
    public string Title => "Đọc bộ nhớ đệm";

    public PhaseOutcome Run(BuildState state)
    {
        var (previous, ignored) = BuildCache.Load(cacheFolder);
        disk.CacheIgnored = ignored;
        state.Cache = OpenSession(disk, previous, cacheFolder);
        return PhaseOutcome.Continue;
    }

    /// <summary>This build's cache session over <paramref name="previous"/>, checking reused files against the output folder.</summary>
    public static CacheSession OpenSession(DiskBuild disk, BuildCache previous, string? cacheFolder)
    {
        var outputState = new OutputFolderState(previous, disk.Options.OutputDirectory, disk.OutputFolderListing);
        disk.OutputState = outputState;
        return new CacheSession(previous, outputState.IsWritten, outputState.Read) 
        {
            Folder = cacheFolder, BodiesOutOfMemory = cacheFolder is not null && !disk.Options.KeepLiveSite,
        };
    }
}
