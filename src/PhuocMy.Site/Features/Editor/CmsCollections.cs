using PhuocMy.Site.Content;

namespace PhuocMy.Site.Features.Editor;

/// <summary>
/// The editor's collections, one per kind of content the generator reads, with the field names and rules of the
/// generator's parsers (posts, pages, documents, the weekly schedule, data tables).
/// </summary>
public static class CmsCollections
{
    public const int MaxTitleLength = 150;
    private const string SlugPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public static IReadOnlyList<Dictionary<string, object?>> All(SiteSettings settings) =>
        [Posts(settings), Pages(), Documents(), Schedule(), DataTables()];

    public static Dictionary<string, object?> Posts(SiteSettings settings) => new()
    {
        ["name"] = "posts",
        ["label"] = "Bài viết",
        ["label_singular"] = "bài viết",
        ["description"] = "Tin bài đăng ở mục Tin tức. Bài có ngày đăng sau hôm nay được hẹn giờ: lên trang đúng lúc đó.",
        ["folder"] = "input/posts",
        // The generator takes the file name as the address: input/posts/<năm>/<slug>.md → /tin-tuc/<slug>/.
        ["path"] = "{{year}}/{{slug}}",
        ["slug"] = "{{slug}}",
        ["create"] = true,
        ["extension"] = "md",
        ["format"] = "frontmatter",
        ["summary"] = "{{title}} — {{date}}",
        ["sortable_fields"] = new[] { "date", "title", "category" },
        ["preview_path"] = "tin-tuc/{{filename}}/",
        // A leading slash: from the repository's root, not beside the post (Decap's default for a collection with a path).
        ["media_folder"] = "/" + CmsConfig.MediaFolder,
        ["public_folder"] = CmsConfig.PublicFolder,
        ["fields"] = new List<Dictionary<string, object?>>
        {
            Title("Đảng ủy phường sơ kết công tác 6 tháng đầu năm"),
            CmsField.DateTime("date", "Ngày giờ đăng", required: true, "Giờ Đà Nẵng. Chọn một thời điểm sau hôm nay để hẹn giờ đăng."),
            CmsField.Of("category", "Chuyên mục", "select", hint: "Danh sách chuyên mục lấy từ input/site.yml.")
                .With("options", settings.Categories.Select(c => c.Name).ToArray()),
            CmsField.Of("tags", "Từ khóa", "list", required: false, hint: "Cách nhau bằng dấu phẩy, ví dụ: Covid-19, thu ngân sách")
                .With("allow_add", true),
            CmsField.Of("summary", "Sapo (tóm tắt)", "text", required: false, "In đậm dưới tiêu đề. Bỏ trống thì lấy đoạn đầu của bài.")
                .Pattern(@"^[\s\S]{0,400}$", "Sapo dài quá 400 ký tự: hãy viết gọn trong hai, ba câu."),
            CmsField.Of("image", "Ảnh đầu bài", "image", required: false, "Ảnh chụp bằng điện thoại dùng được ngay: trang tự làm các cỡ ảnh.")
                .With("choose_url", false),
            CmsField.Of("image_alt", "Mô tả ảnh (cho người không xem được ảnh)", "alt-text", required: false,
                "Bắt buộc khi có ảnh: tả ngắn điều ảnh cho thấy, ví dụ “Lãnh đạo phường trao quà cho hộ nghèo”."),
            CmsField.Of("author", "Tác giả", "string", required: false),
            CmsField.Of("source", "Nguồn", "string", required: false),
            CmsField.Of("featured", "Tin nổi bật", "boolean", required: false).With("default", false),
            CmsField.DateTime("expires", "Hết hiệu lực lúc", required: false, "Chỉ cho thông báo có hạn: từ lúc này bài rời các danh sách."),
            CmsField.DateTime("updated", "Cập nhật lúc", required: false, "Ghi khi sửa nội dung bài đã đăng."),
            CmsField.Of("aliases", "Địa chỉ cũ", "list", required: false, "Chỉ khi đổi tên bài: địa chỉ cũ, ví dụ /tin-tuc/ten-cu/, sẽ chuyển tới bài."),
            CmsField.Body(),
        },
    };

    public static Dictionary<string, object?> Pages() => new()
    {
        ["name"] = "pages",
        ["label"] = "Trang",
        ["label_singular"] = "trang",
        ["description"] = "Trang cố định: Giới thiệu, Liên hệ, Thủ tục hành chính…",
        ["folder"] = "input/pages",
        ["slug"] = "{{slug}}",
        ["create"] = true,
        ["extension"] = "md",
        ["format"] = "frontmatter",
        ["preview_path"] = "{{filename}}/",
        ["media_folder"] = "/" + CmsConfig.MediaFolder,
        ["public_folder"] = CmsConfig.PublicFolder,
        ["fields"] = new List<Dictionary<string, object?>>
        {
            Title("Giới thiệu"),
            CmsField.Of("description", "Mô tả ngắn", "text", required: false, "Hiện trên Google và khi chia sẻ. Bỏ trống thì lấy đoạn đầu."),
            CmsField.Body(),
        },
    };

    public static Dictionary<string, object?> Documents() => new()
    {
        ["name"] = "documents",
        ["label"] = "Văn bản",
        ["label_singular"] = "văn bản",
        ["description"] = "Văn bản của UBND phường: kế hoạch, quyết định, thông báo… kèm tệp đính kèm.",
        ["folder"] = "input/documents",
        ["slug"] = "{{number}}-{{year}}",
        ["create"] = true,
        ["extension"] = "md",
        ["format"] = "frontmatter",
        ["summary"] = "{{number}} — {{title}}",
        ["fields"] = new List<Dictionary<string, object?>>
        {
            Title("Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2023"),
            CmsField.Of("number", "Số/ký hiệu", "string", hint: "Như trên văn bản, ví dụ 125/KH-UBND")
                .Pattern(@"^\S+/\S+$", "Số/ký hiệu viết dạng số/ký hiệu, ví dụ 125/KH-UBND."),
            CmsField.Of("type", "Loại văn bản", "select")
                .With("options", new[] { "Kế hoạch", "Quyết định", "Thông báo", "Báo cáo", "Công văn", "Chỉ thị", "Nghị quyết", "Tờ trình", "Hướng dẫn" }),
            CmsField.Of("issuer", "Cơ quan ban hành", "string").With("default", "UBND phường Phước Mỹ"),
            CmsField.Of("signer", "Người ký", "string", required: false),
            CmsField.Date("issued", "Ngày ban hành", required: true),
            CmsField.Date("effective", "Ngày hiệu lực", required: false),
            CmsField.Of("file", "Tệp văn bản", "file", required: false, "Tệp PDF hoặc Word của văn bản.")
                .With("media_folder", "/input/documents/files").With("public_folder", "/documents/files").With("choose_url", false),
            CmsField.Body("Trích yếu"),
        },
    };

    public static Dictionary<string, object?> Schedule() => new()
    {
        ["name"] = "schedule",
        ["label"] = "Lịch công tác tuần",
        ["label_singular"] = "lịch tuần",
        ["folder"] = "input/schedule",
        ["extension"] = "yml",
        ["format"] = "yaml",
        ["identifier_field"] = "week_start",
        ["slug"] = "{{week_start}}",
        ["summary"] = "Tuần từ {{week_start}}",
        ["create"] = true,
        ["fields"] = new List<Dictionary<string, object?>>
        {
            CmsField.Date("week_start", "Thứ Hai đầu tuần", required: true, "Ngày thứ Hai của tuần; tên tệp là ngày này."),
            CmsField.Of("items", "Các mục lịch", "list").With("summary", "{{fields.date}} {{fields.time}} — {{fields.content}}").With("fields",
                new List<Dictionary<string, object?>>
                {
                    CmsField.Date("date", "Ngày", required: true, "Một ngày trong tuần này."),
                    CmsField.Of("time", "Giờ", "string", required: false, "Dạng giờ:phút, ví dụ 07:30")
                        .Pattern("^([01][0-9]|2[0-3]):[0-5][0-9]$", "Giờ viết hai chữ số giờ và phút, ví dụ 07:30 hoặc 14:00."),
                    CmsField.Of("content", "Nội dung công việc", "text"),
                    CmsField.Of("chair", "Chủ trì", "string", required: false),
                    CmsField.Of("participants", "Thành phần", "string", required: false),
                    CmsField.Of("location", "Địa điểm", "string", required: false),
                }),
        },
    };

    public static Dictionary<string, object?> DataTables() => new()
    {
        ["name"] = "data",
        ["label"] = "Bảng số liệu",
        ["label_singular"] = "bảng số liệu",
        ["description"] = "Số liệu vẽ thành biểu đồ trong bài (nút “Biểu đồ”) và có trang riêng ở mục Số liệu.",
        ["folder"] = "input/data",
        ["extension"] = "json",
        ["format"] = "json",
        ["identifier_field"] = "id",
        ["slug"] = "{{id}}",
        ["create"] = true,
        ["fields"] = new List<Dictionary<string, object?>>
        {
            CmsField.Of("id", "Mã bảng", "string", hint: "Chữ thường không dấu, nối bằng gạch ngang, ví dụ thu-ngan-sach-2024. Là tên tệp và địa chỉ trang.")
                .Pattern(SlugPattern, "Mã bảng chỉ gồm chữ thường không dấu, chữ số và gạch ngang, ví dụ thu-ngan-sach-2024."),
            Title("Thu ngân sách 6 tháng đầu năm 2020"),
            CmsField.Of("subtitle", "Phụ đề", "string", required: false),
            CmsField.Of("unit", "Đơn vị", "string", hint: "Ví dụ: triệu đồng, hồ sơ, %"),
            CmsField.Of("source", "Nguồn số liệu", "string", required: false),
            CmsField.Of("note", "Ghi chú", "text", required: false),
            CmsField.Date("date", "Số liệu tính đến ngày", required: false),
            CmsField.Of("chart", "Loại biểu đồ", "select").With("options", new[]
            {
                Option("Cột đứng", "bar"), Option("Thanh ngang", "bar-horizontal"), Option("Cột nhóm", "grouped-bar"),
                Option("Cột chồng", "stacked-bar"), Option("Đường", "line"), Option("Tiến độ so với chỉ tiêu", "progress"), Option("Tỉ lệ các phần", "share"),
            }),
            CmsField.Of("labelHeader", "Tên cột nhãn", "string", required: false, "Tiêu đề cột đầu của bảng, ví dụ “Quý”."),
            CmsField.Of("series", "Các dãy số", "list", required: false, "Bỏ trống nếu chỉ có một dãy số.")
                .With("max", 6).With("field", CmsField.Of("name", "Tên dãy số", "string")),
            CmsField.Of("rows", "Các hàng", "list").With("min", 1).With("summary", "{{fields.label}}: {{fields.value}}").With("fields",
                new List<Dictionary<string, object?>>
                {
                    CmsField.Of("label", "Nhãn", "string"),
                    CmsField.Of("value", "Số liệu", "number", required: false, "Dấu phẩy cho phần thập phân như 63,34 được hiểu đúng.")
                        .With("value_type", "float"),
                    CmsField.Of("target", "Chỉ tiêu", "number", required: false).With("value_type", "float"),
                    CmsField.Of("targetLabel", "Tên chỉ tiêu", "string", required: false),
                }),
        },
    };

    private static Dictionary<string, object?> Title(string example) =>
        CmsField.Of("title", "Tiêu đề", "string", hint: $"Ví dụ: {example}")
            .Pattern($"^[\\s\\S]{{1,{MaxTitleLength}}}$", $"Tiêu đề dài quá {MaxTitleLength} ký tự: hãy rút gọn.");

    private static Dictionary<string, object?> Option(string label, string value) => new() { ["label"] = label, ["value"] = value };
}
