using PhuocMy.Site.Diagnostics;

namespace PhuocMy.Site.Quality;

/// <summary>
/// The host lets browsers keep everything under <c>/assets/</c> for a year (netlify.toml), which is right only for
/// URLs that change when the file changes. So every link there must carry the content hash the <c>asset_url</c>
/// filter adds (<c>?v=…</c>); otherwise readers would see a replaced logo or stylesheet a year late.
/// </summary>
public sealed class UnversionedAssetCheck : IPageCheck
{
    public const string Folder = "/assets/";

    public void Check(PageUnderCheck page, DiagnosticBag diagnostics)
    {
        foreach (var link in page.References)
        {
            var url = link.Url.Trim();
            if (!url.StartsWith(Folder, StringComparison.Ordinal) || url.Contains("?v=", StringComparison.Ordinal)) continue;
            diagnostics.Error(page, link.Element, $"liên kết tới {PageReport.Quote(url)} không có mã phiên bản (?v=…), nên trình duyệt có thể giữ bản cũ cả năm",
                $"trong mẫu giao diện, viết {{{{ '{url.Split('?', '#')[0]}' | asset_url }}}}; ảnh của bài viết đặt trong input/images/, không phải {Folder}");
        }
    }
}
