using System.Collections.Concurrent;
using System.Net;
using System.Text;
using PhuocMy.Site.Content;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Rendering;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Pipeline.Stages;

/// <summary>
/// Where an author fixes a link problem found in a rendered page. Page checks see HTML, so they name the page; this
/// finds the link's line in the file that wrote it: the page's own content file when the link is there, otherwise
/// <c>site.yml</c> (a menu entry shows on every page) or the theme template that writes it. The link is the problem's
/// <see cref="Diagnostic.Subject"/>; a link found nowhere is left as it was.
/// </summary>
public sealed class ProblemLocations(SourceTree tree)
{
    private readonly ConcurrentDictionary<string, string[]?> lines = new(StringComparer.Ordinal);

    public Diagnostic Locate(Diagnostic diagnostic)
    {
        if (diagnostic is not { Line: null, Subject: { Length: >= 2 } url }) return diagnostic;

        if (LineOf(diagnostic.File, url) is { } own) return diagnostic with { Line = own };
        foreach (var shared in SharedSources())
            if (LineOf(shared, url) is { } line) return diagnostic with { File = shared, Line = line };
        return diagnostic;
    }

    /// <summary>Files that write the same thing on many pages: the settings, then the theme's layouts and partials.</summary>
    private IEnumerable<string> SharedSources()
    {
        if (tree.Peek(SiteSettingsReader.FileName) is { } settings) yield return settings.DisplayPath;
        foreach (var file in tree.Under(TemplateSet.LayoutFolder).Concat(tree.Under(TemplateSet.IncludeFolder)))
            yield return file.DisplayPath;
    }

    private int? LineOf(string displayPath, string url)
    {
        var text = lines.GetOrAdd(displayPath, Read);
        if (text is null) return null;
        for (var i = 0; i < text.Length; i++)
            if (text[i].Contains(url, StringComparison.Ordinal) || text[i].Contains(WebUtility.HtmlEncode(url), StringComparison.Ordinal)) return i + 1;
        return null;
    }

    private string[]? Read(string displayPath)
    {
        if (tree.PeekDisplayPath(displayPath) is not { } file) return null;
        return Encoding.UTF8.GetString(file.Content.Span).Split('\n');
    }
}
