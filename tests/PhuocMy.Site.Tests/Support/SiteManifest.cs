using System.Security.Cryptography;

namespace PhuocMy.Site.Tests.Support;

/// <summary>Every file of a folder with the hash of its bytes: two folders hold the same site when their manifests are equal.</summary>
public static class SiteManifest
{
    public static IReadOnlyDictionary<string, string> Of(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(
                file => Path.GetRelativePath(folder, file).Replace('\\', '/'),
                file => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file))),
                StringComparer.Ordinal);

    public static bool Same(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(entry => b.TryGetValue(entry.Key, out var hash) && hash == entry.Value);

    /// <summary>What differs, for a failure message.</summary>
    public static string Difference(IReadOnlyDictionary<string, string> actual, IReadOnlyDictionary<string, string> expected)
    {
        var missing = expected.Keys.Except(actual.Keys).Take(5);
        var extra = actual.Keys.Except(expected.Keys).Take(5);
        var changed = expected.Keys.Intersect(actual.Keys).Where(k => expected[k] != actual[k]).Take(5);
        return $"missing [{string.Join(", ", missing)}], extra [{string.Join(", ", extra)}], changed [{string.Join(", ", changed)}]";
    }
}
