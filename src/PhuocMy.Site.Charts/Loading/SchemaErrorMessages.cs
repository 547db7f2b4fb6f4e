namespace PhuocMy.Site.Charts.Loading;

/// <summary>Adds a Vietnamese explanation and a fix to JsonSchema.Net's English error messages.</summary>
internal static class SchemaErrorMessages
{
    public static string Explain(string keyword, string libraryMessage, string jsonPath) => keyword switch
    {
        "required" => $"Thiếu trường bắt buộc ({libraryMessage}). Hãy thêm trường còn thiếu; xem docs/data-tables.md.",
        "type" => $"Sai kiểu dữ liệu ({libraryMessage}). Số viết không có ngoặc kép và không có dấu chấm hàng nghìn (8670000000, 63.34); chữ viết trong ngoặc kép.",
        "enum" => $"Giá trị không nằm trong danh sách cho phép ({libraryMessage}).",
        "pattern" when jsonPath.EndsWith(".date", StringComparison.Ordinal) =>
            $"Ngày phải viết dạng YYYY-MM-DD, ví dụ 2020-06-30 ({libraryMessage}).",
        "pattern" => $"Chỉ dùng chữ thường không dấu, số và dấu gạch ngang, ví dụ thu-ngan-sach-2020 ({libraryMessage}).",
        "minLength" => $"Không được để trống ({libraryMessage}).",
        "minItems" => $"Danh sách cần ít nhất một phần tử ({libraryMessage}).",
        "maxItems" => $"Danh sách quá dài ({libraryMessage}); biểu đồ chỉ vẽ rõ được tối đa 6 dãy số.",
        // additionalProperties: false reports the unexpected property itself as failing the "false" schema.
        _ when keyword is "additionalProperties" or "false" || libraryMessage.Contains("false schema", StringComparison.Ordinal) =>
            $"Trường này không được hỗ trợ; có thể viết sai tên trường ({libraryMessage}).",
        _ => $"Không hợp lệ theo lược đồ (schema): {libraryMessage}",
    };
}
