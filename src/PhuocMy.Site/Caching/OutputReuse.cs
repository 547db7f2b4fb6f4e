using System.Buffers.Binary;
using PhuocMy.Site.Dependencies;
using PhuocMy.Site.Output;

namespace PhuocMy.Site.Caching;

/// <summary>
/// Reuse for files made after rendering whose inputs the generator can sum up in one hash (a sharing card drawn from
/// a title and a style). When the last build made the same file from the same inputs and the output folder still
/// holds it untouched, it is neither made nor written again.
/// </summary>
public sealed class OutputReuse(CacheSession cache)
{
    /// <summary>The file as the output folder holds it, or null when it must be made.</summary>
    public OutputFile? Find(string path, ContentHash inputs, IReadOnlyList<string> sources)
    {
        var key = StoreKey(path);
        if (!cache.Previous.Store.TryGetValue(key, out var entry) || entry.Key != Versioned(inputs) || entry.Value.Length != 16) return Made();
        var hash = new ContentHash(BinaryPrimitives.ReadUInt64LittleEndian(entry.Value), BinaryPrimitives.ReadUInt64LittleEndian(entry.Value.AsSpan(8)));
        if (!cache.IsWritten(path, hash)) return Made();
        cache.Counters.Generate(reused: true);
        cache.Next.Store[key] = entry;
        return OutputFile.Unchanged(path, hash, sources, () => cache.ReadWritten(path));
    }

    /// <summary>Remembers a file just made from <paramref name="inputs"/>, for the next build.</summary>
    public OutputFile Remember(OutputFile made, ContentHash inputs)
    {
        var value = new byte[16];
        BinaryPrimitives.WriteUInt64LittleEndian(value, made.Hash.High);
        BinaryPrimitives.WriteUInt64LittleEndian(value.AsSpan(8), made.Hash.Low);
        cache.Next.Store[StoreKey(made.Path)] = (Versioned(inputs), value);
        return made;
    }

    private OutputFile? Made()
    {
        cache.Counters.Generate(reused: false);
        return null;
    }

    private static string StoreKey(string path) => "output:" + path;

    private static ContentHash Versioned(ContentHash inputs) =>
        new ContentHasher().Add(BuildCache.GeneratorVersion).Add(inputs.ToString()).Finish();
}
