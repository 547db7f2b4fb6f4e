namespace PhuocMy.Site.Features.Editor;

/// <summary>One field of a Decap CMS collection, as the YAML mapping Decap reads; Vietnamese labels, hints and messages.</summary>
internal static class CmsField
{
    public static Dictionary<string, object?> Of(string name, string label, string widget, bool required = true, string? hint = null)
    {
        var field = new Dictionary<string, object?> { ["name"] = name, ["label"] = label, ["widget"] = widget };
        if (!required) field["required"] = false;
        if (hint is not null) field["hint"] = hint;
        return field;
    }

    public static Dictionary<string, object?> With(this Dictionary<string, object?> field, string key, object? value)
    {
        field[key] = value;
        return field;
    }

    /// <summary>A check Decap runs as the author types; the message is shown under the field.</summary>
    public static Dictionary<string, object?> Pattern(this Dictionary<string, object?> field, string regex, string message) =>
        field.With("pattern", new[] { regex, message });

    /// <summary>Date and time in the form the generator reads (<c>2020-07-15 16:00</c>, Đà Nẵng time when no zone is written).</summary>
    public static Dictionary<string, object?> DateTime(string name, string label, bool required, string hint) =>
        Of(name, label, "datetime", required, hint)
            .With("format", "YYYY-MM-DD HH:mm").With("date_format", "DD/MM/YYYY").With("time_format", "HH:mm").With("picker_utc", false);

    /// <summary>A calendar date only (<c>2023-10-20</c>): documents' dates, a schedule's days.</summary>
    public static Dictionary<string, object?> Date(string name, string label, bool required, string? hint = null) =>
        Of(name, label, "datetime", required, hint)
            .With("format", "YYYY-MM-DD").With("date_format", "DD/MM/YYYY").With("time_format", false).With("picker_utc", false);

    public static Dictionary<string, object?> Body(string label = "Nội dung") =>
        Of("body", label, "markdown", hint: "Mỗi đoạn cách nhau một dòng trống. Nút “Biểu đồ” chèn một bảng số liệu đã có.")
            .With("buttons", new[] { "bold", "italic", "link", "heading-two", "heading-three", "quote", "bulleted-list", "numbered-list" })
            .With("editor_components", new[] { "image", "chart" })
            .With("modes", new[] { "rich_text", "raw" });
}
