using System.Globalization;

namespace PhuocMy.Site.Images;

/// <summary>The Vietnamese wording of every image problem, in one place.</summary>
internal static class ImageProblems
{
    private const string SaveAsJpegOrPng = "Lưu lại ảnh dưới dạng .jpg hoặc .png";
    private const string CopyAgain = "Chép lại ảnh gốc từ điện thoại hoặc máy ảnh vào input/images/";

    public static ImageProblem Empty() =>
        new(ImageProblemKind.Truncated, "Tệp ảnh rỗng (0 byte)", CopyAgain);

    public static ImageProblem NotAnImage(string actualKind, string? fix = null) =>
        new(ImageProblemKind.NotAnImage, $"Tệp không phải ảnh JPEG/PNG/WebP (thực chất là {actualKind})", fix ?? SaveAsJpegOrPng);

    public static ImageProblem Truncated(ImageFormat format) =>
        new(ImageProblemKind.Truncated,
            $"Ảnh {format.DisplayName()} bị cụt: tệp kết thúc trước khi hết dữ liệu ảnh (thường do chép hoặc tải lên bị ngắt giữa chừng)",
            CopyAgain);

    public static ImageProblem Corrupt(ImageFormat format, string detail) =>
        new(ImageProblemKind.Corrupt,
            $"Ảnh {format.DisplayName()} bị hỏng, không đọc được ({detail})",
            "Mở ảnh trên máy tính: nếu vẫn xem được thì lưu lại dưới dạng .jpg rồi thay tệp này; nếu không, " + char.ToLowerInvariant(CopyAgain[0]) + CopyAgain[1..]);

    public static ImageProblem TooManyPixels(long width, long height, long maxPixels) =>
        new(ImageProblemKind.TooLarge,
            $"Ảnh khai báo kích thước {Number(width)} × {Number(height)} điểm ảnh ({Number(width * height / 1_000_000)} megapixel), " +
            $"vượt giới hạn {Number(maxPixels / 1_000_000)} megapixel; tệp có thể là ảnh độc hại (\u201cbom giải nén\u201d)",
            "Dùng ảnh chụp thẳng từ điện thoại hoặc máy ảnh; nếu ảnh thật sự lớn như vậy, thu nhỏ ảnh trước khi đưa vào");

    public static ImageProblem FileTooLarge(long bytes, long maxBytes) =>
        new(ImageProblemKind.TooLarge,
            $"Tệp ảnh nặng {Number(bytes / (1024 * 1024))} MB, vượt giới hạn {Number(maxBytes / (1024 * 1024))} MB",
            "Thu nhỏ ảnh hoặc lưu lại dưới dạng .jpg trước khi đưa vào");

    public static ImageProblem TooSmall(int width, int neededWidth) =>
        new(ImageProblemKind.TooSmall,
            $"Ảnh chỉ rộng {Number(width)} điểm ảnh, nhỏ hơn {Number(neededWidth)} điểm ảnh cần để hiển thị rõ ở vị trí này: ảnh sẽ bị mờ",
            "Dùng ảnh gốc lớn hơn (ảnh chụp thẳng từ điện thoại là đủ), không dùng ảnh chụp màn hình hay ảnh tải từ mạng xã hội");

    /// <summary>Vietnamese digit grouping (50.000) without depending on the host's culture data.</summary>
    public static string Number(long value) =>
        value.ToString("#,0", new NumberFormatInfo { NumberGroupSeparator = ".", NumberDecimalSeparator = "," });
}
