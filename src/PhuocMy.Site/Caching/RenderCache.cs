using PhuocMy.Site.Dependencies;
using PhuocMy.Site.Output;
using PhuocMy.Site.Planning;

namespace PhuocMy.Site.Caching;

/// <summary>
/// Rendering through the cache: a page whose plan has the same fingerprint, whose recorded reads all have the same
/// hashes, and whose file the output folder still holds untouched, is not rendered again.
/// </summary>
/// <param name="salt">What every page's rendering depends on beyond its plan and its reads (generator, options, time zone…).</param>
public sealed class RenderCache(CacheSession session, ContentHash salt, DependencyHashes hashes, ValueFingerprint fingerprints)
{
    public OutputFile? Render(PlannedPage page, Func<byte[]?> render)
    {
        var planHash = new ContentHasher().Add(salt).Add(fingerprints.Of(page)).Finish();
        var path = page.OutputPath;
        if (session.Previous.Rendered.TryGetValue(path, out var entry)
            && entry.PlanHash == planHash
            && CacheSession.StillValid(entry.Reads, hashes.Of)
            && session.IsWritten(path, entry.OutputHash))
        {
            session.Counters.Render(reused: true);
            session.Next.Rendered[path] = entry;
            var sources = hashes.SourcesOf(entry.Reads.Select(read => read.Key), page.Origin);
            return OutputFile.Unchanged(path, entry.OutputHash, sources, () => session.ReadWritten(path)) with { Origin = page.Origin };
        }

        session.Counters.Render(reused: false);
        var (bytes, reads) = DependencyTracking.Track(render);
        if (bytes is null) return null;
        var file = new OutputFile(path, bytes, hashes.SourcesOf(reads, page.Origin)) { Origin = page.Origin };
        session.Next.Rendered[path] = new RenderEntry(planHash, reads.Select(key => new RecordedRead(key, hashes.Of(key))).ToList(), file.Hash);
        return file;
    }
}
