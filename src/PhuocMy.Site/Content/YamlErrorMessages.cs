using YamlDotNet.Core;

namespace PhuocMy.Site.Content;

/// <summary>YamlDotNet's English errors, said in Vietnamese with what to do; an unknown one keeps its text as a detail.</summary>
public static class YamlErrorMessages
{
    private const string QuoteHint = "Đặt cả giá trị trong ngoặc kép thẳng, ví dụ: title: \"Kết luận: đạt 100%\"";

    public static (string Message, string Hint) Describe(YamlException exception)
    {
        var reason = exception.InnerException?.Message ?? exception.Message;
        bool Says(string text) => reason.Contains(text, StringComparison.OrdinalIgnoreCase);

        if (Says("cannot start any token") || Says("tab"))
            return ("YAML chưa đúng: dòng này có ký tự không được đứng ở đây (thường là phím Tab để thụt lề, hoặc giá trị mở đầu bằng @ hay `).",
                "Thụt lề bằng dấu cách, không dùng Tab; " + QuoteHint);
        if (Says("quoted scalar"))
            return ("YAML chưa đúng: có dấu ngoặc kép mở mà chưa đóng.", "Thêm dấu \" đóng ở cuối giá trị, hoặc bỏ dấu ngoặc mở.");
        if (Says("mapping values are not allowed") || Says("could not find expected ':'"))
            return ("YAML chưa đúng: dòng này có dấu ':' không đọc được (mỗi dòng chỉ được có một 'khóa: giá trị').", QuoteHint);
        if (Says("flow sequence") || Says("flow mapping") || Says("expected ',' or ']'") || Says("expected ',' or '}'"))
            return ("YAML chưa đúng: danh sách trong ngoặc [ ] hoặc { } viết chưa đúng.", "Viết: tags: [một, hai] — mỗi mục cách nhau dấu phẩy, có đủ ngoặc đóng.");
        if (Says("block mapping") || Says("block collection") || Says("expected key") || Says("'-' indicator") || Says("indentation"))
            return ("YAML chưa đúng: thụt lề không đều, dòng này không thẳng hàng với các khóa khác.",
                "Các khóa chính viết sát lề trái; các mục con thụt vào cùng số dấu cách.");
        if (Says("anchor") || Says("alias"))
            return ("YAML chưa đúng: giá trị mở đầu bằng * hoặc & là ký hiệu đặc biệt của YAML.", QuoteHint);
        return ($"YAML chưa đúng (chi tiết: {reason}).",
            "Kiểm tra dấu ':' sau tên khóa, thụt lề bằng dấu cách, và đặt giá trị có dấu ':' hoặc '#' trong ngoặc kép.");
    }
}
