using PhuocMy.Site.Diagnostics;

namespace PhuocMy.Site.Content;

/// <summary>
/// <c>expires:</c>, the moment a post (a notice with a deadline) lapses. Read apart from the other fields so the
/// publication rules (drafts, scheduled, lapsed) stay in a few small files.
/// </summary>
public static class PublicationDates
{
    public const string ExpiresKey = "expires";

    public static DateTimeOffset? Expires(FieldReader fields, DateTimeOffset? date, TimeZoneInfo zone, DiagnosticBag diagnostics)
    {
        var expires = fields.Date(ExpiresKey, zone, required: false);
        if (expires is { } end && date is { } start && end <= start)
            diagnostics.Error(fields.DisplayPath, fields.FrontMatter.LineOf(ExpiresKey),
                $"Ngày hết hiệu lực ({VietnameseFormat.DateTime(SiteTime.ToLocal(end, zone))}) không sau ngày đăng ({VietnameseFormat.DateTime(SiteTime.ToLocal(start, zone))}).",
                "Sửa 'expires:' thành thời điểm thông báo hết hiệu lực (sau 'date:'), hoặc xóa dòng này nếu bài không có hạn.");
        return expires;
    }
}
