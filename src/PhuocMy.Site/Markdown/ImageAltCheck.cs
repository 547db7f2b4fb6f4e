using PhuocMy.Site.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PhuocMy.Site.Markdown;

/// <summary>Every image in a post needs alt text: <c>![mô tả ảnh](/images/x.jpg)</c>.</summary>
public sealed class ImageAltTextCheck : IMarkdownCheck
{
    public void Check(string displayPath, MarkdownDocument document, Func<int, int> lineOf, DiagnosticBag diagnostics)
    {
        foreach (var image in document.Descendants<LinkInline>().Where(link => link.IsImage))
        {
            if (InlineText.Of(image).Length > 0) continue;
            diagnostics.Error(displayPath, lineOf(image.Line), $"Ảnh '{image.Url}' chưa có mô tả thay thế.",
                $"Viết mô tả trong ngoặc vuông: ![mô tả nội dung ảnh]({image.Url})");
        }
    }
}
