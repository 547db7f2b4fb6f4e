using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace PhuocMy.Site.Images;

/// <summary>
/// SHA-256 of the source bytes plus SHA-256 of the recipe (settings, pipeline and libvips versions), as 128 hex
/// digits: the file name of a cache entry, and written inside it so a copied or renamed entry is not trusted.
/// </summary>
internal static class CacheKey
{
    /// <summary>
    /// The source's hash per array, so asking for a photo's variants and then its sharing image hashes it once
    /// (hashing the sources is most of a no-op rebuild). Arrays handed to the cache are not changed afterwards.
    /// </summary>
    private static readonly ConditionalWeakTable<byte[], string> SourceHashes = new();

    public static string For(byte[] source, string recipe) =>
        SourceHashes.GetValue(source, bytes => Convert.ToHexStringLower(SHA256.HashData(bytes)))
        + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(recipe)));
}
