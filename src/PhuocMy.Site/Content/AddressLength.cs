using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Urls;

namespace PhuocMy.Site.Content;

/// <summary>
/// A slug or tag becomes a folder of the site; past <see cref="Slug.MaxLength"/> characters it could not be saved
/// (255 bytes a name), so it is an error at the line that wrote it rather than a failure while writing the site.
/// </summary>
public static class AddressLength
{
    public static void Check(IEnumerable<string> names, string file, int? line, string what, DiagnosticBag diagnostics)
    {
        foreach (var name in names)
        {
            var length = Slug.From(name).Length;
            if (length > Slug.MaxLength)
                diagnostics.Error(file, line, $"Địa chỉ tạo từ {what} '{name[..Math.Min(name.Length, 40)]}…' dài {length} ký tự, quá {Slug.MaxLength}: không lưu được thành thư mục của trang.",
                    $"Rút ngắn {what} (dưới {Slug.MaxLength} ký tự); địa chỉ ngắn cũng dễ đọc và chia sẻ hơn.");
        }
    }
}
