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

/// <summary>A generated page under check, and what its checks found that depends on the rest of the site.</summary>
/// <param name="OutputPath">e.g. <c>tin-tuc/hoi-nghi/index.html</c>.</param>
/// <param name="SourcePath">The input file the page came from as the author knows it (e.g. <c>input/posts/x.md</c>), or the output path for generated listings.</param>
/// <param name="Document">The parsed page. Checks must not modify it.</param>
/// <param name="BasePath">Path part of the site's base URL, "/" or e.g. "/phuoc-my/"; internal links start with it.</param>
public sealed record PageUnderCheck(string OutputPath, string SourcePath, IDocument Document, string BasePath)
{
    private readonly List<LinkRequirement> links = [];
    private readonly List<SourceFinding> findings = [];
    private PageElements? elements;
    private IReadOnlyList<LinkReference>? references;

    /// <summary>The page's elements and texts, walked once for all the checks.</summary>
    internal PageElements Elements => elements ??= new PageElements(Document);

    /// <summary>Every URL on the page, gathered once for all the checks that look at links.</summary>
    internal IReadOnlyList<LinkReference> References => references ??= LinkReference.AllIn(this);

    /// <summary>Files of the site this page links to; resolved once every page of the build is known.</summary>
    public IReadOnlyList<LinkRequirement> Links => links;

    public void RequireFile(LinkRequirement link) => links.Add(link);

    /// <summary>Problems with something the page's Markdown file may have written; placed at its lines by the check stage.</summary>
    public IReadOnlyList<SourceFinding> Findings => findings;

    public void Report(SourceFinding finding) => findings.Add(finding);
}
