using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Caching;
using PhuocMy.Site.Content;
using PhuocMy.Site.Content.Links;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Pipeline.Stages;

public sealed record ParsedContent(IReadOnlyList<Post> Posts, IReadOnlyList<Page> Pages);

/// <summary>Parses every post (<c>posts/**.md</c>) and page (<c>pages/**.md</c>) once, in parallel.</summary>
public static class ParseContentStage
{
    public const string PostsFolder = "posts";
    public const string PagesFolder = "pages";

    /// <summary>Where a post's or page's <c>.md</c> file is published, so a link to that file can become its address.</summary>
    public static readonly IReadOnlyList<ContentFolder> Addresses =
        [new ContentFolder(PostsFolder, SiteModel.Routes.Post), new ContentFolder(PagesFolder, SiteModel.Routes.Page)];

    public static ParsedContent Run(SourceTree tree, PostParser posts, PageParser pages, DiagnosticBag diagnostics, ParseCache cache)
    {
        var parsedPosts = Markdown(tree, PostsFolder)
            .AsParallel().AsOrdered()
            .Select(file => cache.Parse(file, local => SourceText.Read(file, local) is { } text ? posts.Parse(file, text, local) : null, diagnostics))
            .OfType<Post>()
            .ToList();
        var parsedPages = Markdown(tree, PagesFolder)
            .AsParallel().AsOrdered()
            .Select(file => cache.Parse(file, local => SourceText.Read(file, local) is { } text ? pages.Parse(file, text, local) : null, diagnostics))
            .OfType<Page>()
            .ToList();
        return new ParsedContent(parsedPosts, parsedPages);
    }

    private static IEnumerable<SourceFile> Markdown(SourceTree tree, string folder) =>
        tree.Under(folder).Where(f => f.IsMarkdown && !f.IsHidden);
}
