using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Content;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Sources;
using PhuocMy.Site.Urls;

namespace PhuocMy.Site.Features.Documents;

/// <summary>
/// Resolves a document's <c>file:</c> to a file of the source tree, which the build publishes as it is;
/// a missing file is reported here, at the document's line, rather than later as a broken link in the page.
/// </summary>
public static class AttachedFileReader
{
    public static AttachedFile? Read(SourceTree tree, FieldReader fields, DiagnosticBag diagnostics)
    {
        var url = fields.OptionalText("file");
        if (url is null) return null;
        var line = fields.FrontMatter.LineOf("file");

        if (!SitePaths.IsRootRelative(url))
        {
            diagnostics.Error(fields.DisplayPath, line, $"Tệp đính kèm '{url}' phải là đường dẫn trong trang, bắt đầu bằng '/'.",
                "Chép tệp vào input/documents/files/ rồi viết: file: /documents/files/ten-tep.pdf");
            return null;
        }

        var path = SitePaths.Unescape(SitePaths.PathOf(url));
        var source = tree.Find(path);
        if (source is null || source.IsHidden)
        {
            diagnostics.Error(fields.DisplayPath, line, $"Không có tệp đính kèm '{url}' (tìm ở input/{path}).",
                $"Chép tệp vào input/{path}, hoặc sửa đường dẫn ở 'file', hoặc xóa dòng 'file' nếu chưa có tệp.");
            return null;
        }
        if (source.IsMarkdown)
        {
            diagnostics.Error(fields.DisplayPath, line, $"Tệp đính kèm '{url}' là tệp Markdown, không được đăng nguyên dạng.",
                "Đính kèm tệp PDF (hoặc DOCX) của văn bản.");
            return null;
        }
        return new AttachedFile("/" + path, source.DisplayPath, source.Content.Length);
    }
}
