using PhuocMy.Site.Diagnostics;
using AngleSharp.Dom;

namespace PhuocMy.Site.Quality;

/// <summary>
/// A page has exactly one &lt;h1&gt;, no empty heading, and heading levels never skip a level going down
/// (h2 followed by h4 is an error; going back up any number of levels is fine).
/// </summary>
public sealed class HeadingOrderCheck : IPageCheck
{
    private static readonly ElementQuery Headings = new("h1, h2, h3, h4, h5, h6", "h1", "h2", "h3", "h4", "h5", "h6");

    public void Check(PageUnderCheck page, DiagnosticBag diagnostics)
    {
        var headings = Headings.In(page).ToList();
        CheckSingleH1(page, headings, diagnostics);

        // Start as if under an h1, so a page may open with an h2 (e.g. in its header) before the h1.
        var previousLevel = 1;
        foreach (var heading in headings)
        {
            var level = LevelOf(heading);
            var text = heading.TextContent.Trim();
            if (text.Length == 0 && !heading.QuerySelectorAll("img[alt]").Any(img => !string.IsNullOrWhiteSpace(img.GetAttribute("alt"))))
                diagnostics.Error(page, heading, $"tiêu đề <h{level}> rỗng", "viết nội dung cho tiêu đề hoặc bỏ thẻ tiêu đề");

            if (level > previousLevel + 1)
                diagnostics.Error(page, heading,
                    $"tiêu đề <h{level}> {PageReport.Quote(text)} nhảy cấp sau <h{previousLevel}>",
                    $"dùng <h{previousLevel + 1}> hoặc thêm tiêu đề cấp trung gian");
            previousLevel = level;
        }
    }

    private static void CheckSingleH1(PageUnderCheck page, List<IElement> headings, DiagnosticBag diagnostics)
    {
        var h1s = headings.Where(h => LevelOf(h) == 1).ToList();
        if (h1s.Count == 0)
            diagnostics.Error(page, null, "trang không có tiêu đề <h1>", "mỗi trang cần đúng một <h1> nêu chủ đề của trang");
        else if (h1s.Count > 1)
            diagnostics.Error(page, h1s[1],
                $"trang có {h1s.Count} tiêu đề <h1>: {string.Join(", ", h1s.Select(h => PageReport.Quote(h.TextContent, 40)))}",
                "giữ một <h1>, đổi các tiêu đề còn lại thành <h2>");
    }

    private static int LevelOf(IElement heading) => heading.LocalName[1] - '0';
}
