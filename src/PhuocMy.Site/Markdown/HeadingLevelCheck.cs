using PhuocMy.Site.Diagnostics;
using Markdig.Syntax;

namespace PhuocMy.Site.Markdown;

/// <summary>The title is the page's only h1, so a body starts its sections at <c>##</c>.</summary>
public sealed class HeadingLevelCheck : IMarkdownCheck
{
    public void Check(string displayPath, MarkdownDocument document, Func<int, int> lineOf, DiagnosticBag diagnostics)
    {
        foreach (var heading in document.Descendants<HeadingBlock>().Where(h => h.Level == 1))
            diagnostics.Error(displayPath, lineOf(heading.Line), $"Tiêu đề '{InlineText.Of(heading.Inline)}' dùng một dấu '#'.",
                "Tiêu đề bài đã là cấp 1; dùng '##' cho các mục trong bài.");
    }
}
