using PhuocMy.Site.Images;
using PhuocMy.Site.Urls;

namespace PhuocMy.Site.Features.Images;

/// <summary>What is wrong with the image at an address for a given use, in Vietnamese, for the author who wrote it.</summary>
internal static class ImageIssues
{
    /// <param name="reportMissing">False where the body's link check already names a missing file (with a near-miss hint).</param>
    public static IEnumerable<(string Message, string Fix, bool Error)> Of(ImageCatalog catalog, string url, ImageUse use, bool reportMissing = true)
    {
        var file = catalog.Find(url);
        if (file is null)
        {
            if (!reportMissing) yield break;
            yield return ($"Không thấy ảnh '{url}'.",
                $"Chép ảnh vào input/{SitePaths.TreePathOf(url)}, hoặc sửa đường dẫn cho đúng tên tệp (phân biệt chữ hoa, chữ thường).", true);
            yield break;
        }
        if (!MediaTypes.IsPhoto(file.Path)) yield break;

        var probed = catalog.Probe(file);
        if (!probed.Succeeded)
        {
            yield return ($"Ảnh {file.DisplayPath} không dùng được: {probed.Problem.Message}.", probed.Problem.Fix + ".", !probed.Problem.IsWarning);
            yield break;
        }
        if (probed.Value.TooSmallFor(use.NeededWidth) is { } small)
            yield return ($"Ảnh {file.DisplayPath}: {small.Message}.", small.Fix + ".", false);
    }
}
