using System.Globalization;
using AngleSharp.Dom;
using PhuocMy.Site.Diagnostics;

namespace PhuocMy.Site.Quality;

/// <summary>
/// Layout stability (what Lighthouse measures as CLS): every <c>&lt;img&gt;</c> carries <c>width</c> and <c>height</c>
/// as whole numbers of pixels, so the browser keeps the image's space free before the file arrives and the text under it
/// does not jump while the reader is reading.
/// </summary>
public sealed class ImageDimensionsCheck : IPageCheck
{
    private const string Hint =
        "dùng ảnh trong input/images/ (bộ dựng tự ghi kích thước của ảnh SVG), hoặc ghi width và height (số điểm ảnh, ví dụ width=\"640\" height=\"360\") trong mẫu trang";

    public void Check(PageUnderCheck page, DiagnosticBag diagnostics)
    {
        foreach (var image in page.Document.QuerySelectorAll("img"))
        {
            var missing = new[] { "width", "height" }.Where(name => !IsPixelCount(image.GetAttribute(name))).ToList();
            if (missing.Count == 0) continue;
            diagnostics.Error(page, image,
                $"<img src=\"{image.GetAttribute("src")}\"> thiếu {string.Join(" và ", missing)} (hoặc không phải số nguyên dương): trang bị xô lệch khi ảnh tải xong",
                Hint);
        }
    }

    private static bool IsPixelCount(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var pixels) && pixels > 0;
}
