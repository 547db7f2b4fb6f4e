using PhuocMy.Site.Diagnostics;
using Markdig.Syntax;

namespace PhuocMy.Site.Markdown;

/// <summary>
/// The title is the page's only h1, so a body starts its sections at <c>##</c>; and a body never skips a level going
/// down (<c>##</c> then <c>####</c>), which would otherwise be found only on the generated page, without the line.
/// </summary>
public sealed class HeadingLevelCheck : IMarkdownCheck
{
    public void Check(string displayPath, MarkdownDocument document, Func<int, int> lineOf, DiagnosticBag diagnostics)
    {
        HeadingBlock? previous = null;
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var text = InlineText.Of(heading.Inline);
            if (heading.Level == 1)
                diagnostics.Error(displayPath, lineOf(heading.Line), $"Tiêu đề '{text}' dùng một dấu '#'.",
                    "Tiêu đề bài đã là cấp 1; dùng '##' cho các mục trong bài.");
            else if (previous is not null && heading.Level > previous.Level + 1)
                diagnostics.Error(displayPath, lineOf(heading.Line),
                    $"Tiêu đề '{text}' ({new string('#', heading.Level)}) nhảy cấp sau tiêu đề '{InlineText.Of(previous.Inline)}' ({new string('#', previous.Level)}).",
                    $"Dùng {new string('#', previous.Level + 1)} cho tiêu đề này: mỗi cấp con chỉ thêm một dấu '#'.");
            previous = heading;
        }
    }
}
