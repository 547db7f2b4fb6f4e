using System.Collections.Concurrent;
using System.Security.Cryptography;
using PhuocMy.Site.Dependencies;
using PhuocMy.Site.Sources;
using PhuocMy.Site.Urls;

namespace PhuocMy.Site.Rendering;

/// <summary>
/// <c>{{ '/assets/css/site.css' | asset_url }}</c> → <c>/assets/css/site.css?v=1a2b3c4d</c>: the version changes
/// with the file's content, so browsers may keep assets for a long time and still see every change at once.
/// </summary>
public sealed class AssetFingerprints(SourceTree tree)
{
    private readonly ConcurrentDictionary<string, string> versioned = new(StringComparer.Ordinal);

    public string UrlOf(string url)
    {
        DependencyTracking.Record(DependencyKey.File(SitePaths.PathOf(url)));
        return versioned.GetOrAdd(url, Fingerprint);
    }

    private string Fingerprint(string url)
    {
        var file = tree.Find(SitePaths.PathOf(url))
            ?? throw new InvalidOperationException($"không có tệp '{url}' trong theme/ hoặc input/ (bộ lọc asset_url)");
        var hash = Convert.ToHexStringLower(SHA256.HashData(file.Content.Span))[..10];
        return $"{url}?v={hash}";
    }
}
