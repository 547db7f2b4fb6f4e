using System.Net;
using System.Text;
using PhuocMy.Site.Diagnostics;

namespace PhuocMy.Site.Preview;

/// <summary>
/// Problems in the browser, in the author's words: every problem of the latest build grouped by file, each with its
/// line, what is wrong and what to do. Shown above the last good page, or as a page of its own before any build worked.
/// </summary>
public static class ProblemsHtml
{
    /// <summary>The panel put at the top of every page while the latest build has problems; empty when it has none.</summary>
    public static string Panel(PreviewStatus status)
    {
        if (status.Problems.Count == 0) return "";
        var errors = status.Problems.Count(p => p.Severity == Severity.Error);
        var warnings = status.Problems.Count - errors;
        var html = new StringBuilder();
        if (errors > 0)
        {
            html.Append("<section class=\"xem-truoc-loi\" role=\"alert\" aria-labelledby=\"xem-truoc-loi-tieu-de\">\n")
                .Append($"<h2 id=\"xem-truoc-loi-tieu-de\">Chưa cập nhật được bản xem trước: {Count(errors, "lỗi")}{(warnings > 0 ? ", " + Count(warnings, "cảnh báo") : "")} cần sửa</h2>\n")
                .Append(status.HasSite
                    ? "<p>Bên dưới vẫn là bản dựng tốt gần nhất. Sửa từng chỗ dưới đây rồi lưu tệp: trang sẽ tự tải lại.</p>\n"
                    : "<p>Chưa dựng được trang nào. Sửa từng chỗ dưới đây rồi lưu tệp: trang sẽ tự tải lại.</p>\n");
            List(html, status.Problems);
        }
        else
        {
            html.Append("<details class=\"xem-truoc-loi chi-canh-bao\">\n")
                .Append($"<summary>{Count(warnings, "cảnh báo")}: bản xem trước đã cập nhật, nhưng nên sửa</summary>\n");
            List(html, status.Problems);
        }
        html.Append($"<p>Giải thích các lỗi thường gặp và cách sửa: tệp <code>{StaffGuide.CommonErrors}</code> trong thư mục dự án.</p>\n")
            .Append(errors > 0 ? "</section>\n" : "</details>\n");
        return html.ToString();
    }

    /// <summary>A page of its own: before the first good build, the problems; otherwise that a build is running.</summary>
    public static string StatusPage(PreviewStatus status, string waiting = "Đang dựng trang lần đầu…")
    {
        var body = status.Problems.Count > 0
            ? Panel(status)
            : $"<section class=\"xem-truoc-loi chi-canh-bao\" role=\"status\"><h2>{Encode(waiting)}</h2><p>Trang sẽ tự hiện khi dựng xong.</p></section>\n";
        return "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n" +
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Bản xem trước</title>\n" +
               "</head>\n<body class=\"xem-truoc-trang\">\n<main>\n<h1>Bản xem trước</h1>\n" + body + "</main>\n</body>\n</html>\n";
    }

    private static void List(StringBuilder html, IReadOnlyList<Diagnostic> problems)
    {
        foreach (var file in problems.GroupBy(p => p.File))
        {
            html.Append("<h3>").Append(Encode(file.Key)).Append("</h3>\n<ul>\n");
            foreach (var problem in file)
            {
                var kind = problem.Severity == Severity.Error ? "Lỗi" : "Cảnh báo";
                var where = problem.Line is { } line ? $"dòng {line} — " : "";
                html.Append("<li><strong>").Append(Encode(where + kind)).Append(":</strong> ").Append(Encode(problem.Message));
                if (problem.Hint is { } hint) html.Append("<span class=\"cach-sua\">Cách sửa: ").Append(Encode(hint)).Append("</span>");
                html.Append("</li>\n");
            }
            html.Append("</ul>\n");
        }
    }

    private static string Count(int count, string what) => $"{count} {what}";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
