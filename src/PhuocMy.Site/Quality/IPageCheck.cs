using PhuocMy.Site.Diagnostics;
using AngleSharp.Dom;

namespace PhuocMy.Site.Quality;

/// <summary>
/// A check run on every generated HTML page after rendering, on the DOM the post-process stage parsed once.
/// A check reports through <see cref="DiagnosticBag"/>; an error fails the build and leaves the old output in place.
/// </summary>
public interface IPageCheck
{
    void Check(PageUnderCheck page, DiagnosticBag diagnostics);
}

/// <param name="OutputPath">e.g. <c>tin-tuc/hoi-nghi/index.html</c>.</param>
/// <param name="SourcePath">The input file the page came from as the author knows it (e.g. <c>input/posts/x.md</c>), or the output path for generated listings.</param>
/// <param name="Document">The parsed page. Checks must not modify it.</param>
/// <param name="Site">Every path the build writes, to resolve links against.</param>
public sealed record PageUnderCheck(string OutputPath, string SourcePath, IDocument Document, OutputIndex Site)
{
    /// <summary>Where the page's links were written in its Markdown file, when it shows one.</summary>
    public SourceLines? Source { get; init; }
}
