using PhuocMy.Site.Diagnostics;

namespace PhuocMy.Site.Quality;

/// <summary>
/// A page's link to a file of the site. Whether the file exists depends on the whole site, not on the page, so it
/// is resolved after every page is known — in an incremental build, against the whole new site.
/// </summary>
/// <param name="Where">"trang tin-tuc/x/index.html (dòng 12)", as page problems start.</param>
/// <param name="Url">The address as the page writes it, to find the line of the Markdown file that wrote it.</param>
/// <param name="Description">The link as the message quotes it.</param>
public sealed record LinkRequirement(string SourcePath, string Where, string Url, string Description, string TargetPath)
{
    public SourceFinding? Resolve(string outputPath, OutputIndex site)
    {
        if (site.Contains(TargetPath)) return null;
        var folderIndex = TargetPath.TrimEnd('/') + "/index.html";
        var hint = site.Contains(folderIndex)
            ? $"thêm dấu / ở cuối đường dẫn (tệp có thật là {folderIndex})"
            : site.FindIgnoringCase(TargetPath) is { } differentCase
                ? $"tên tệp phân biệt chữ hoa, chữ thường: tệp có thật là /{differentCase}"
                : $"sửa đường dẫn hoặc thêm tệp {TargetPath}";
        return new SourceFinding(FindingAnchor.Link, Severity.Error, outputPath, SourcePath, Where, Url,
            $"đường dẫn {Description} không trỏ tới tệp nào của trang web", hint);
    }
}
