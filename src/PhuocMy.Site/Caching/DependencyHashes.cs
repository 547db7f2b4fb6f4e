using System.Collections.Concurrent;
using PhuocMy.Site.Dependencies;
using PhuocMy.Site.SiteModel;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Caching;

/// <summary>The current hash of each dependency key, computed once per build.</summary>
public sealed class DependencyHashes(SourceTree tree, Website site, ParseCache parsed, IReadOnlyDictionary<string, object?> siteValues, ValueFingerprint fingerprints)
{
    private readonly ConcurrentDictionary<string, ContentHash> known = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SitePost> posts = site.Posts.ToDictionary(p => p.SourcePath, StringComparer.Ordinal);

    /// <summary>A key this build cannot name a value for: it never matches, so whatever recorded it is made again.</summary>
    private static readonly ContentHash Unknown = new(ulong.MaxValue, ulong.MaxValue);

    public ContentHash Of(string key) => known.GetOrAdd(key, Compute);

    /// <summary>
    /// The input files behind recorded reads, as authors know them (<c>input/posts/x.md</c>, <c>theme/_layouts/post.liquid</c>):
    /// a post read in full brings what its own parse read (the data tables its charts draw).
    /// </summary>
    public IReadOnlyList<string> SourcesOf(IEnumerable<string> keys, string? origin)
    {
        var sources = new SortedSet<string>(StringComparer.Ordinal);
        if (origin is not null) sources.Add(origin);
        foreach (var key in keys)
        {
            var colon = key.IndexOf(':');
            var name = key[(colon + 1)..];
            switch (key[..(colon + 1)])
            {
                case "file:" when tree.Peek(name) is { } file: sources.Add(file.DisplayPath); break;
                case "card:": sources.Add(name); break;
                case "source:": sources.Add(name); break;
                case "body:":
                    sources.Add(name);
                    foreach (var read in parsed.ReadsOf(name)) sources.UnionWith(SourcesOf([read.Key], null));
                    break;
                case "site:" when tree.Peek(Content.SiteSettingsReader.FileName) is { } settings: sources.Add(settings.DisplayPath); break;
            }
        }
        return sources.ToList();
    }

    private SourceFile? FileByDisplayPath(string displayPath)
    {
        var slash = displayPath.IndexOf('/');
        return slash > 0 && tree.Peek(displayPath[(slash + 1)..]) is { } file && file.DisplayPath == displayPath ? file : null;
    }

    private ContentHash Compute(string key)
    {
        var colon = key.IndexOf(':');
        var name = key[(colon + 1)..];
        return key[..(colon + 1)] switch
        {
            "file:" => tree.Peek(name)?.Hash ?? ContentHash.Absent,
            "source:" => FileByDisplayPath(name)?.Hash ?? ContentHash.Absent,
            "card:" => posts.TryGetValue(name, out var post) ? post.CardHash() : ContentHash.Absent,
            "body:" => posts.ContainsKey(name) ? parsed.HashOf(name) : ContentHash.Absent,
            "site:" => siteValues.TryGetValue(name, out var value) ? fingerprints.Of(value) : ContentHash.Absent,
            _ => Unknown,
        };
    }
}
