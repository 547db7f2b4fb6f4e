using PhuocMy.Site.Content;
using PhuocMy.Site.Content.Links;

namespace PhuocMy.Site.Pipeline.Stages;

/// <summary>Posts and pages as the parse phase read them (or reused them from the cache).</summary>
public sealed record ParsedContent(IReadOnlyList<Post> Posts, IReadOnlyList<Page> Pages);

/// <summary>The engine's own content kinds: posts (<c>posts/**.md</c>) and pages (<c>pages/**.md</c>).</summary>
public static class CoreContent
{
    public const string PostsFolder = "posts";
    public const string PagesFolder = "pages";

    /// <summary>Every post and page, through the build's one content parser.</summary>
    public static ParsedContent Parse(ContentParser parser, PostParser posts, PageParser pages) => new(parser.ParseAll(posts), parser.ParseAll(pages));

    /// <summary>Where a post's or page's <c>.md</c> file is published, so a link to that file can become its address.</summary>
    public static readonly IReadOnlyList<ContentFolder> Addresses =
        [new ContentFolder(PostsFolder, SiteModel.Routes.Post), new ContentFolder(PagesFolder, SiteModel.Routes.Page)];
}
