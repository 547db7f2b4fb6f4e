using PhuocMy.Site.Dependencies;
using PhuocMy.Site.Output;

namespace PhuocMy.Site.Caching;

/// <summary>
/// Reuse, through the <c>output</c> cache step, of files made after rendering whose inputs the generator can sum up in
/// one hash (a sharing card drawn from a title and a style). When the last build made the same file from the same
/// inputs and the output folder still holds it untouched, it is neither made nor written again.
/// </summary>
public sealed class OutputReuse(CacheSession cache)
{
    private readonly CacheStep step = cache.Step(CacheSections.Output);

    /// <summary>The file as the output folder holds it, or null when it must be made.</summary>
    public OutputFile? Find(string path, ContentHash inputs, IReadOnlyList<string> sources) =>
        step.TryReuse(path, Versioned(inputs), null, out var entry)
            ? OutputFile.Unchanged(path, entry.Outputs[0].Hash, sources, () => cache.ReadWritten(path))
            : null;

    /// <summary>Remembers a file just made from <paramref name="inputs"/>, for the next build.</summary>
    public OutputFile Remember(OutputFile made, ContentHash inputs)
    {
        step.Keep(made.Path, CacheEntry.Wrote(Versioned(inputs), [new WrittenOutput(made.Path, made.Hash)]));
        return made;
    }

    private static ContentHash Versioned(ContentHash inputs) =>
        new ContentHasher().Add(BuildCache.GeneratorVersion).Add(inputs.ToString()).Finish();
}
