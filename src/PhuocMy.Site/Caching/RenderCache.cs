using PhuocMy.Site.Dependencies;
using PhuocMy.Site.Output;
using PhuocMy.Site.Planning;

namespace PhuocMy.Site.Caching;

/// <summary>
/// Rendering through the <c>render</c> cache step: a page whose plan has the same fingerprint, whose recorded reads all
/// have the same hashes, and whose file the output folder still holds untouched, is not rendered again.
/// </summary>
/// <param name="salt">What every page's rendering depends on beyond its plan and its reads (generator, options, time zone…).</param>
public sealed class RenderCache(CacheSession session, ContentHash salt, DependencyHashes hashes, ValueFingerprint fingerprints)
{
    private readonly CacheStep step = session.Step(CacheSections.Render);

    public OutputFile? Render(PlannedPage page, Func<byte[]?> render)
    {
        var planHash = new ContentHasher().Add(salt).Add(fingerprints.Of(page)).Finish();
        var path = page.OutputPath;
        if (step.TryReuse(path, planHash, hashes.Of, out var entry))
        {
            var sources = hashes.SourcesOf(entry.Reads.Select(read => read.Key), page.Origin);
            return OutputFile.Unchanged(path, entry.Outputs[0].Hash, sources, () => session.ReadWritten(path)) with { Origin = page.Origin };
        }

        var (bytes, reads) = DependencyTracking.Track(render);
        if (bytes is null) return null;
        var file = new OutputFile(path, bytes, hashes.SourcesOf(reads, page.Origin)) { Origin = page.Origin };
        step.Keep(path, new CacheEntry(planHash, CacheStep.Recorded(reads, hashes.Of), [new WrittenOutput(path, file.Hash)], []));
        return file;
    }
}
