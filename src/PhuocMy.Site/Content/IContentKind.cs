using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Markdown;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Content;

/// <summary>A content file as parsed: where it came from and where its links were written, for the page checks.</summary>
public interface IParsedContent
{
    /// <summary>As the author knows it, e.g. <c>input/posts/2020/hoi-nghi.md</c>.</summary>
    string SourcePath { get; }

    /// <summary>The body's links as published and the lines they were written on (kept with the item: one read from the cache is not checked again).</summary>
    IReadOnlyList<BodyLink> BodyLinks { get; }

    /// <summary>The front matter key that gives the page its description (<c>summary</c> for a post), when it has one.</summary>
    string? DescriptionKey { get; }

    /// <summary>The body that the build cache may keep out of memory (<see cref="BodyText"/>): a post's; null for other kinds, whose bodies are few.</summary>
    BodyText? Body => null;
}

/// <summary>
/// One kind of content (posts, pages, documents): the folder its Markdown files are in and how one is read. Every kind
/// is parsed the same way, by the parse phase's one content parser, through the same cache step.
/// </summary>
public interface IContentKind<out T> where T : class, IParsedContent
{
    /// <summary>The folder under input/ (sub-folders included): <c>posts</c>, <c>pages</c>, <c>documents</c>.</summary>
    string Folder { get; }

    /// <summary>The file's content, or null when it cannot be published (its diagnostics say why).</summary>
    T? Parse(SourceFile file, string text, DiagnosticBag diagnostics);
}
