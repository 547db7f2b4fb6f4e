using System.Collections.Concurrent;
using PhuocMy.Site.Dependencies;
using PhuocMy.Site.SiteModel;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Caching;

/// <summary>The current hash of each dependency key, computed once per build.</summary>
public sealed class DependencyHashes(SourceTree tree, Website site, ParseCache parsed, IReadOnlyDictionary<string, object?> siteValues, ValueFingerprint fingerprints)
{
    private readonly ConcurrentDictionary<DependencyKey, ContentHash> known = new();
    private readonly Dictionary<string, SitePost> posts = site.Posts.ToDictionary(p => p.SourcePath, StringComparer.Ordinal);

    /// <summary>A key this build cannot name a value for: it never matches, so whatever recorded it is made again.</summary>
    private static readonly ContentHash Unknown = new(ulong.MaxValue, ulong.MaxValue);

    public ContentHash Of(DependencyKey key) => known.GetOrAdd(key, Compute);

    /// <summary>
    /// The input files behind recorded reads, as authors know them (<c>input/posts/x.md</c>, <c>theme/_layouts/post.liquid</c>):
    /// a content file read in full (a post's body, a document) brings what its own parse read (the data tables its charts draw, its photos).
    /// </summary>
    public IReadOnlyList<string> SourcesOf(IEnumerable<DependencyKey> keys, string? origin)
    {
        var sources = new SortedSet<string>(StringComparer.Ordinal);
        if (origin is not null) sources.Add(origin);
        foreach (var key in keys)
        {
            switch (key.Kind)
            {
                case DependencyKind.File when tree.Peek(key.Name) is { } file: sources.Add(file.DisplayPath); break;
                case DependencyKind.Card: sources.Add(key.Name); break;
                case DependencyKind.Body or DependencyKind.Source:
                    sources.Add(key.Name);
                    foreach (var read in parsed.ReadsOf(key.Name)) sources.UnionWith(SourcesOf([read.Key], null));
                    break;
                case DependencyKind.Site when tree.Peek(Content.SiteSettingsReader.FileName) is { } settings: sources.Add(settings.DisplayPath); break;
            }
        }
        return sources.ToList();
    }

    private SourceFile? FileByDisplayPath(string displayPath)
    {
        var slash = displayPath.IndexOf('/');
        return slash > 0 && tree.Peek(displayPath[(slash + 1)..]) is { } file && file.DisplayPath == displayPath ? file : null;
    }

    private ContentHash Compute(DependencyKey key) => key.Kind switch
    {
        DependencyKind.File => tree.Peek(key.Name)?.Hash ?? ContentHash.Absent,
        DependencyKind.Source => FileByDisplayPath(key.Name)?.Hash ?? ContentHash.Absent,
        DependencyKind.Card => posts.TryGetValue(key.Name, out var post) ? post.CardHash() : ContentHash.Absent,
        DependencyKind.Body => posts.ContainsKey(key.Name) ? parsed.HashOf(key.Name) : ContentHash.Absent,
        DependencyKind.Site => siteValues.TryGetValue(key.Name, out var value) ? fingerprints.Of(value) : ContentHash.Absent,
        _ => Unknown,
    };
}
