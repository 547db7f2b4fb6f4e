using PhuocMy.Site.Content.Links;
using PhuocMy.Site.SiteModel;
using PhuocMy.Site.Sources;
using PhuocMy.Site.Urls;

namespace PhuocMy.Site.Pipeline.Stages;

/// <summary>
/// Where the posts and pages that could not be read would be published. Their own error is reported already, so a
/// link to one of them from another post is not reported as broken as well (one mistake, one message).
/// </summary>
public static class UnreadContentStage
{
    /// <returns>Output paths such as <c>tin-tuc/x/index.html</c>.</returns>
    public static IReadOnlyList<string> AddressesOf(SourceTree tree, ParsedContent content)
    {
        var parsed = content.Posts.Select(p => p.SourcePath).Concat(content.Pages.Select(p => p.SourcePath)).ToHashSet(StringComparer.Ordinal);
        var unread = CoreContent.Addresses
            .SelectMany(folder => tree.Under(folder.Folder).Where(f => f.IsMarkdown && !f.IsHidden && !parsed.Contains(f.DisplayPath)))
            .ToList();
        if (unread.Count == 0) return [];
        var addresses = new ContentAddresses(tree, CoreContent.Addresses);
        return unread.Select(file => addresses.UrlOf(file.Path)).OfType<string>().Select(SitePaths.OutputPathOf).ToList();
    }
}
