using PhuocMy.Site.Diagnostics;
using System.Text.RegularExpressions;

namespace PhuocMy.Site.Quality;

/// <summary>
/// The page says its language (vi or en), has a title, a description and a viewport that still lets people zoom
/// (WCAG 3.1.1, 2.4.2, 1.4.4).
/// </summary>
public sealed partial class DocumentMetadataCheck : IPageCheck
{
    private static readonly string[] SiteLanguages = ["vi", "en"];
    private static readonly ElementQuery Titles = new("title", "title");
    private static readonly ElementQuery Description = new("meta[name=description i]", "meta");
    private static readonly ElementQuery Viewport = new("meta[name=viewport i]", "meta");

    public void Check(PageUnderCheck page, DiagnosticBag diagnostics)
    {
        CheckLanguage(page, diagnostics);
        CheckTitle(page, diagnostics);
        CheckDescription(page, diagnostics);
        CheckViewport(page, diagnostics);
    }

    private static void CheckLanguage(PageUnderCheck page, DiagnosticBag diagnostics)
    {
        var html = page.Document.DocumentElement;
        var lang = html.GetAttribute("lang")?.Trim();
        if (string.IsNullOrEmpty(lang))
            diagnostics.Error(page, html, "thẻ <html> thiếu thuộc tính lang", "thêm lang=\"vi\" (hoặc lang=\"en\" cho trang tiếng Anh)");
        else if (!SiteLanguages.Contains(lang, StringComparer.OrdinalIgnoreCase))
            diagnostics.Warning(page, html, $"ngôn ngữ lang=\"{lang}\" không phải vi hay en", "kiểm tra lại ngôn ngữ của trang");
    }

    private static void CheckTitle(PageUnderCheck page, DiagnosticBag diagnostics)
    {
        var head = page.Document.Head;
        var title = head is null ? null : Titles.In(page).FirstOrDefault(head.Contains);
        if (title is null || string.IsNullOrWhiteSpace(title.TextContent))
            diagnostics.Error(page, title, "trang không có <title> hoặc <title> rỗng", "đặt tiêu đề cho trang");
    }

    private static void CheckDescription(PageUnderCheck page, DiagnosticBag diagnostics)
    {
        var description = Description.FirstIn(page);
        if (description is not null && string.IsNullOrWhiteSpace(description.GetAttribute("content")))
        {
            // The theme writes the tag; when the author's file has nothing to put in it, the file's front matter is blamed.
            page.Report(new SourceFinding(FindingAnchor.Description, Severity.Error, page.OutputPath, page.SourcePath, PageReport.Where(page, description), "",
                "trang thiếu <meta name=\"description\"> có nội dung", "thêm mô tả ngắn (description) cho trang"));
            return;
        }
        if (description is null || string.IsNullOrWhiteSpace(description.GetAttribute("content")))
            diagnostics.Error(page, description, "trang thiếu <meta name=\"description\"> có nội dung", "thêm mô tả ngắn (description) cho trang");
    }

    private static void CheckViewport(PageUnderCheck page, DiagnosticBag diagnostics)
    {
        var viewport = Viewport.FirstIn(page);
        if (viewport is null)
        {
            diagnostics.Error(page, null, "trang thiếu <meta name=\"viewport\">",
                "thêm <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
            return;
        }

        var content = viewport.GetAttribute("content") ?? "";
        if (ZoomDisabled().IsMatch(content) || MaximumScale().Match(content) is { Success: true } max
            && double.TryParse(max.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture, out var scale) && scale < 2)
            diagnostics.Error(page, viewport, $"viewport \"{content}\" chặn phóng to", "bỏ user-scalable=no và maximum-scale dưới 2");
    }

    [GeneratedRegex(@"user-scalable\s*=\s*(no|0)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ZoomDisabled();

    [GeneratedRegex(@"maximum-scale\s*=\s*([0-9.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MaximumScale();
}
