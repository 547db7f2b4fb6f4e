using System.Collections.Concurrent;
using PhuocMy.Site.Dependencies;
using PhuocMy.Site.SiteModel;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Caching;

/// <summary>The current hash of each dependency key, computed once per build.</summary>
public sealed class DependencyHashes(SourceTree tree, Website site, Func<string, ContentHash> postHash, IReadOnlyDictionary<string, object?> siteValues)
{
    private readonly ConcurrentDictionary<string, ContentHash> known = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SitePost> posts = site.Posts.ToDictionary(p => p.SourcePath, StringComparer.Ordinal);

    /// <summary>A key this build cannot name a value for: it never matches, so whatever recorded it is made again.</summary>
    private static readonly ContentHash Unknown = new(ulong.MaxValue, ulong.MaxValue);

    public ContentHash Of(string key) => known.GetOrAdd(key, Compute);

    private ContentHash Compute(string key)
    {
        var colon = key.IndexOf(':');
        var name = key[(colon + 1)..];
        return key[..(colon + 1)] switch
        {
            "file:" => tree.Peek(name)?.Hash ?? ContentHash.Absent,
            "card:" => posts.TryGetValue(name, out var post) ? post.CardHash() : ContentHash.Absent,
            "body:" => posts.ContainsKey(name) ? postHash(name) : ContentHash.Absent,
            "site:" => siteValues.TryGetValue(name, out var value) ? ValueFingerprint.Of(value) : ContentHash.Absent,
            _ => Unknown,
        };
    }
}
