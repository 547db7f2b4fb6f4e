using PhuocMy.Site.Dependencies;
using PhuocMy.Site.Caching;
using PhuocMy.Site.Output;

namespace PhuocMy.Site.Pipeline;

/// <summary>
/// What a build from disk to disk holds beside the <see cref="BuildState"/>: its options, the output folder's lock,
/// and what the disk phases learn on the way (the inputs' hash, the last build's stamp, why a cache was ignored).
/// </summary>
public sealed class DiskBuild(BuildOptions options, OutputLock held, PublishOptions publish)
{
    public BuildOptions Options { get; } = options;
    public OutputLock Lock { get; } = held;
    public PublishOptions Publish { get; } = publish;

    /// <summary>The hash of every input and option (<see cref="BuildStamp.InputsOf"/>).</summary>
    public ContentHash Inputs { get; set; }

    /// <summary>
    /// The output folder as the build found it (<see cref="OutputListing"/>), listed on another thread from the start of
    /// the build while the inputs are read, when a stamp may answer; null when it was not listed. The folder's lock
    /// keeps it from changing until this build publishes.
    /// </summary>
    public Func<OutputListing?> OutputFolderListing { get; private set; } = () => null;

    /// <summary>Starts listing the output folder in the background, for the unchanged phase and the cache.</summary>
    public void StartListingOutput()
    {
        var listing = Task.Run(() => OutputListing.Of(Options.OutputDirectory));
        OutputFolderListing = () => listing.GetAwaiter().GetResult();
    }

    /// <summary>The last build's stamp, when it still holds: the output folder already is this build's result.</summary>
    public BuildStamp? Unchanged { get; set; }

    /// <summary>Why an existing cache was not used (corrupt, another version…), when it was not.</summary>
    public string? CacheIgnored { get; set; }

    public OutputFolderState? OutputState { get; set; }

    /// <summary>The next site as it is written, from the staging phase on; published by the write phase, else discarded.</summary>
    public StagedSite? Staging { get; set; }

    /// <summary>The options a build's result depends on, as one key for <see cref="BuildStamp"/>.</summary>
    public string OptionsKey =>
        $"{Options.IncludeDrafts}|{Options.IncludeFuture}|{Options.BaseUrl}|{Path.GetFullPath(Options.OutputDirectory)}";
}
