using PhuocMy.Site.Diagnostics;
using AngleSharp.Dom;

namespace PhuocMy.Site.Quality;

/// <summary>
/// WCAG 1.1.1: every image has a text alternative. <c>alt=""</c> is allowed (it marks a decorative image);
/// a missing alt is an error. <c>&lt;svg role="img"&gt;</c> needs aria-label, aria-labelledby or a &lt;title&gt; child.
/// </summary>
public sealed class ImageAltCheck : IPageCheck
{
    private static readonly ElementQuery Images = new("img, input[type=image i], area[href]", "img", "input", "area");
    private static readonly ElementQuery SvgImages = new("svg[role=img]", "svg");
    private const string AltHint = "thêm alt mô tả nội dung ảnh, hoặc alt=\"\" nếu ảnh chỉ để trang trí";

    public void Check(PageUnderCheck page, DiagnosticBag diagnostics)
    {
        foreach (var image in Images.In(page))
        {
            if (!image.HasAttribute("alt"))
                page.ErrorAtSource(image, Identify(image), $"<{image.LocalName}> {Identify(image)} không có thuộc tính alt", AltHint);
        }

        foreach (var svg in SvgImages.In(page))
        {
            if (!HasAccessibleName(page.Document, svg))
                diagnostics.Error(page, svg, "<svg role=\"img\"> không có tên truy cập được",
                    "thêm aria-label, aria-labelledby hoặc phần tử <title> đầu tiên bên trong <svg>");
        }
    }

    private static bool HasAccessibleName(IDocument document, IElement svg)
    {
        if (!string.IsNullOrWhiteSpace(svg.GetAttribute("aria-label")))
            return true;

        var labelledBy = svg.GetAttribute("aria-labelledby");
        if (labelledBy is not null && labelledBy.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                .Any(id => !string.IsNullOrWhiteSpace(document.GetElementById(id)?.TextContent)))
            return true;

        return svg.Children.Any(child => child.LocalName == "title" && !string.IsNullOrWhiteSpace(child.TextContent));
    }

    private static string Identify(IElement image) =>
        image.GetAttribute("src") ?? image.GetAttribute("href") ?? "";
}
