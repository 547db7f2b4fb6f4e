using System.Security.Cryptography;
using System.Text;

namespace PhuocMy.Site.Images;

/// <summary>
/// SHA-256 of the source bytes plus SHA-256 of the recipe (settings, pipeline and libvips versions), as 128 hex
/// digits: the file name of a cache entry, and written inside it so a copied or renamed entry is not trusted.
/// </summary>
internal static class CacheKey
{
    public static string For(ReadOnlySpan<byte> source, string recipe) =>
        Convert.ToHexStringLower(SHA256.HashData(source)) + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(recipe)));
}
