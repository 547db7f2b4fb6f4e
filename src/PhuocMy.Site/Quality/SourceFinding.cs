using PhuocMy.Site.Diagnostics;

namespace PhuocMy.Site.Quality;

/// <summary>What a <see cref="SourceFinding"/> is about in the author's file.</summary>
public enum FindingAnchor : byte
{
    /// <summary>An address (link, image) the Markdown file may have written.</summary>
    Address,

    /// <summary>The page's description, which the file's front matter gives.</summary>
    Description,

    /// <summary>A link (href, src…) the Markdown file, the settings or a template may have written: the problem's subject.</summary>
    Link,
}

/// <summary>
/// A problem a page check found with something the page's author may have written in its Markdown file. It keeps what
/// was found, not where: it is placed at the file's lines anew in every build (<see cref="Locate"/>), so a cached check
/// result still names the author's file and the line the link is on now, and is reported in every build while the
/// problem is there. When the file did not write it (the theme did), it is reported at the page.
/// </summary>
/// <param name="SourcePath">The input file the page came from, or the output path for generated listings.</param>
/// <param name="Where">"trang tin-tuc/x/index.html (dòng 12)", as page problems start.</param>
/// <param name="Address">The address as the page writes it, for <see cref="FindingAnchor.Address"/> and <see cref="FindingAnchor.Link"/>.</param>
public sealed record SourceFinding(
    FindingAnchor Anchor, Severity Severity, string OutputPath, string SourcePath, string Where, string Address, string Message, string? Hint)
{
    public IEnumerable<Diagnostic> Locate(SourceLines? source)
    {
        if (Anchor == FindingAnchor.Description && source?.DescriptionKey is { } key)
        {
            yield return new Diagnostic(Severity, source.File, SourceLines.FrontMatterLine,
                $"trang {OutputPath} không có mô tả (description): bài không có đoạn văn nào để lấy làm mô tả",
                $"thêm một dòng '{key}: …' (một hai câu tóm tắt) vào phần khai báo ở đầu tệp");
            yield break;
        }

        var lines = Anchor is FindingAnchor.Address or FindingAnchor.Link ? source?.LinesOf(Address) ?? [] : [];
        var subject = Anchor == FindingAnchor.Link ? Address : null;
        if (lines.Count == 0)
        {
            yield return new Diagnostic(Severity, SourcePath, null, $"{Where}: {Message}", Hint, subject);
            yield break;
        }
        foreach (var line in lines)
            yield return new Diagnostic(Severity, source!.File, line, $"{Message} (trên trang {OutputPath})", Hint, subject);
    }
}
