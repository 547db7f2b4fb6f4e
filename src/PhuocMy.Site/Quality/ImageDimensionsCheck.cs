using System.Globalization;
using AngleSharp.Dom;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Urls;

namespace PhuocMy.Site.Quality;

/// <summary>
/// Layout stability (what Lighthouse measures as CLS): every <c>&lt;img&gt;</c> carries <c>width</c> and <c>height</c>
/// as whole numbers of pixels, so the browser keeps the image's space free before the file arrives and the text under it
/// does not jump while the reader is reading.
/// </summary>
/// <param name="checkContentPhotos">
/// Whether photos that authors put in content (JPEG, PNG, WebP… outside <c>/assets/</c>) are checked too. Their sizes
/// come from the image pipeline (<c>&lt;picture&gt;</c> with width and height); until it is wired into the build they
/// are left out, so a photo does not fail a build that cannot size it. SVG pictures and the theme's images are always
/// checked: the build sizes SVG itself, and a theme author writes the size in the template.
/// </param>
public sealed class ImageDimensionsCheck(bool checkContentPhotos = false) : IPageCheck
{
    private static readonly ElementQuery Images = new("img", "img");

    private const string Hint =
        "dùng ảnh trong input/images/ (bộ dựng tự ghi kích thước của ảnh SVG), hoặc ghi width và height (số điểm ảnh, ví dụ width=\"640\" height=\"360\") trong mẫu trang";

    public void Check(PageUnderCheck page, DiagnosticBag diagnostics)
    {
        foreach (var image in Images.In(page))
        {
            var source = image.GetAttribute("src");
            if (!checkContentPhotos && IsContentPhoto(source)) continue;
            var missing = new[] { "width", "height" }.Where(name => !IsPixelCount(image.GetAttribute(name))).ToList();
            if (missing.Count == 0) continue;
            diagnostics.Error(page, image,
                $"<img src=\"{source}\"> thiếu {string.Join(" và ", missing)} (hoặc không phải số nguyên dương): trang bị xô lệch khi ảnh tải xong",
                Hint);
        }
    }

    /// <summary>A raster image of the content (<c>/images/anh.jpg</c>), not one of the theme's (<c>/assets/…</c>).</summary>
    public static bool IsContentPhoto(string? source)
    {
        if (string.IsNullOrEmpty(source) || source.StartsWith("/assets/", StringComparison.Ordinal)) return false;
        return MediaTypes.IsRasterImage(SitePaths.WithoutQuery(source));
    }

    private static bool IsPixelCount(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var pixels) && pixels > 0;
}
