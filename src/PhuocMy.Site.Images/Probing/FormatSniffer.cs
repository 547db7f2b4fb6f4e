using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace PhuocMy.Site.Images;

/// <summary>
/// Tells the format from the first bytes of the file, never from its name: a PDF renamed .jpg is a PDF. For
/// the files staff most often mistake for photos, the problem names what the file really is and how to fix it.
/// </summary>
internal static class FormatSniffer
{
    private const string IphoneFix =
        "Trên iPhone, vào Cài đặt → Camera → Định dạng → chọn \u201cTương thích nhất\u201d rồi chụp lại, hoặc gửi ảnh qua Zalo/email để có bản .jpg";

    public static bool TryIdentify(ReadOnlySpan<byte> data, out ImageFormat format, [NotNullWhen(false)] out ImageProblem? problem)
    {
        problem = null;
        format = default;
        if (data.IsEmpty)
        {
            problem = ImageProblems.Empty();
            return false;
        }
        if (data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
            format = ImageFormat.Jpeg;
        else if (data.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
            format = ImageFormat.Png;
        else if (data.Length >= 12 && data.StartsWith("RIFF"u8) && data[8..12].SequenceEqual("WEBP"u8))
            format = ImageFormat.Webp;
        else
        {
            problem = Foreign(data);
            return false;
        }
        return true;
    }

    private static ImageProblem Foreign(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith("%PDF"u8))
            return ImageProblems.NotAnImage("PDF");
        if (data.StartsWith("GIF8"u8))
            return ImageProblems.NotAnImage("ảnh GIF", "Lưu lại ảnh dưới dạng .png hoặc .jpg (ảnh GIF không được xử lý)");
        if (data.Length >= 12 && data[4..8].SequenceEqual("ftyp"u8))
            return IsoMedia(Encoding.ASCII.GetString(data[8..12]));
        if (data.StartsWith("II*\0"u8) || data.StartsWith("MM\0*"u8))
            return ImageProblems.NotAnImage("ảnh TIFF hoặc ảnh RAW của máy ảnh");
        if (data.StartsWith("BM"u8))
            return ImageProblems.NotAnImage("ảnh BMP");
        if (data.StartsWith("8BPS"u8))
            return ImageProblems.NotAnImage("tệp Photoshop (PSD)", "Trong Photoshop, chọn File → Export → Export As… → JPG");
        if (data.StartsWith("PK\u0003\u0004"u8) || data.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
            return ImageProblems.NotAnImage("tài liệu Word/Excel hoặc tệp nén", "Mở tài liệu, lưu riêng tấm ảnh dưới dạng .jpg hoặc .png");
        if (data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0x0A]) || data.StartsWith((ReadOnlySpan<byte>)[0, 0, 0, 0x0C, (byte)'J', (byte)'X', (byte)'L', (byte)' ']))
            return ImageProblems.NotAnImage("ảnh JPEG XL");
        if (data.StartsWith((ReadOnlySpan<byte>)[0, 0, 1, 0]))
            return ImageProblems.NotAnImage("biểu tượng ICO");

        var text = StartOfText(data);
        if (text.StartsWith("<svg", StringComparison.OrdinalIgnoreCase) || text.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase))
            return ImageProblems.NotAnImage("hình vẽ SVG", "Đổi đuôi tệp thành .svg: hình SVG được đăng nguyên như vậy");
        if (text.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || text.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
            return ImageProblems.NotAnImage("một trang web (HTML)", "Tải lại chính tấm ảnh (nhấn giữ hoặc bấm chuột phải vào ảnh → Lưu ảnh), không lưu cả trang web");
        return ImageProblems.NotAnImage("một loại tệp không nhận ra");
    }

    /// <summary>ISO base media files: HEIC/HEIF (iPhone photos), AVIF, or a video.</summary>
    private static ImageProblem IsoMedia(string brand) => brand switch
    {
        "heic" or "heix" or "hevc" or "heim" or "heis" or "hevm" or "hevs" or "mif1" or "msf1" =>
            ImageProblems.NotAnImage("ảnh HEIC của iPhone", IphoneFix),
        "avif" or "avis" => ImageProblems.NotAnImage("ảnh AVIF"),
        _ => ImageProblems.NotAnImage("một đoạn video", "Dùng ảnh chụp, không dùng video; nếu cần, chụp màn hình khung hình muốn đăng"),
    };

    private static string StartOfText(ReadOnlySpan<byte> data)
    {
        var head = data[..Math.Min(data.Length, 256)];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            head = head[3..];
        return Encoding.UTF8.GetString(head).TrimStart();
    }
}
