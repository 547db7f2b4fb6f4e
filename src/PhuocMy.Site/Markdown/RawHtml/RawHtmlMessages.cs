using AngleSharp.Dom;

namespace PhuocMy.Site.Markdown.RawHtml;

/// <summary>What the author is told, in Vietnamese, for each kind of thing removed from pasted HTML.</summary>
internal static class RawHtmlMessages
{
    private const string FormatHint = "Định dạng bằng Markdown: **đậm**, *nghiêng*, ## tiêu đề, - danh sách; màu sắc và cỡ chữ do giao diện quyết định.";

    public static (string Message, string Hint) RemovedTag(string tag, IElement element) => tag switch
    {
        "script" or "noscript" => ("Đã bỏ thẻ <script> (mã chạy trong trang): trang web không cho chạy mã dán vào bài.",
            "Xóa đoạn mã này khỏi bài. Cần nhúng nội dung từ nơi khác thì đặt một liên kết tới trang gốc."),
        "style" => ("Đã bỏ thẻ <style> (định dạng CSS dán vào bài).", FormatHint),
        "iframe" or "frame" or "object" or "embed" or "applet" or "video" or "audio" =>
            ($"Đã bỏ khung nhúng <{tag}>{Source(element)}: trang web không nhúng trang hay trình phát của nơi khác.",
                "Thay bằng một liên kết, ví dụ: [Xem video trên YouTube](https://www.youtube.com/watch?v=…)"),
        "svg" or "math" or "canvas" => ($"Đã bỏ hình vẽ <{tag}> dán thẳng vào bài.",
            "Lưu hình thành tệp trong input/images/ rồi chèn: ![mô tả hình](/images/ten-hinh.svg)"),
        "h1" => ("Đã bỏ thẻ tiêu đề <h1> nhưng giữ chữ: tiêu đề cấp 1 là tên bài.", "Dùng ## cho tiêu đề mục trong bài."),
        "form" or "input" or "button" or "select" or "textarea" or "label" or "fieldset" =>
            ($"Đã bỏ ô nhập/nút bấm <{tag}>: trang tin không có biểu mẫu.", "Đặt liên kết tới biểu mẫu ở trang của nơi nhận."),
        "font" or "center" or "big" or "blink" or "marquee" or "tt" or "strike" =>
            ($"Đã bỏ thẻ định dạng cũ <{tag}> nhưng giữ chữ bên trong.", FormatHint),
        _ when RawHtmlPolicy.RemovedWithContent.Contains(tag) => ($"Đã bỏ thẻ <{tag}> cùng nội dung bên trong.", "Xóa thẻ này khỏi bài."),
        _ => ($"Đã bỏ thẻ <{tag}> (không nằm trong các thẻ HTML được phép) nhưng giữ chữ bên trong.",
            "Viết bằng Markdown; các thẻ HTML được phép có trong docs/huong-dan/loi-thuong-gap.md."),
    };

    public static (string Message, string Hint) RemovedAttribute(string tag, string name, string value)
    {
        if (name.Equals("style", StringComparison.OrdinalIgnoreCase))
            return ($"Đã bỏ thuộc tính style=\"{Short(value)}\" của <{tag}>: trang web không cho định dạng trực tiếp trong bài.", FormatHint);
        if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            return ($"Đã bỏ thuộc tính {name} của <{tag}> (mã chạy khi bấm hay khi tải trang).", "Xóa thuộc tính này; trang tin không chạy mã dán vào bài.");
        return ($"Đã bỏ thuộc tính {name}=\"{Short(value)}\" của <{tag}> (không nằm trong các thuộc tính được phép).",
            "Xóa thuộc tính này, hoặc viết đoạn này bằng Markdown.");
    }

    public static (string Message, string Hint) RemovedAddress(string tag, string name, string value) =>
        tag == "img" && value.StartsWith("data:", StringComparison.OrdinalIgnoreCase)
            ? ("Đã bỏ ảnh dán thẳng vào bài (dạng data:), ảnh sẽ không hiện.",
                "Lưu ảnh thành tệp trong input/images/ rồi chèn: ![mô tả ảnh](/images/ten-anh.jpg)")
            : ($"Đã bỏ địa chỉ {name}=\"{Short(value)}\" của <{tag}>: không phải địa chỉ web (http, https, mailto, tel) hay một trang của trang web.",
                "Dùng địa chỉ bắt đầu bằng https:// hoặc /, ví dụ: [Liên hệ](/lien-he/)");

    private static string Source(IElement element) =>
        element.GetAttribute("src") is { Length: > 0 } src ? $" (nguồn: {src})" : "";

    private static string Short(string value) => value.Length > 60 ? value[..60] + "…" : value;
}
