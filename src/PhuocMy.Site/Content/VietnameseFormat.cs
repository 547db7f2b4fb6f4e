using PhuocMy.Site.Formatting;
using System.Globalization;

namespace PhuocMy.Site.Content;

/// <summary>Dates, numbers and name order the way Vietnamese readers expect them.</summary>
public static class VietnameseFormat
{
    public static readonly CultureInfo Culture = VietnameseNumberFormat.Culture;

    /// <summary>vi-VN collation, for anything sorted by name.</summary>
    public static readonly StringComparer Collation = StringComparer.Create(Culture, ignoreCase: false);

    private static readonly string[] DayNames = ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

    /// <summary>"Thứ Tư, 15/07/2020".</summary>
    public static string LongDate(DateTimeOffset date) => $"{DayNames[(int)date.DayOfWeek]}, {ShortDate(date)}";

    /// <summary>"15/07/2020".</summary>
    public static string ShortDate(DateTimeOffset date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"15/07/2020 08:30".</summary>
    public static string DateTime(DateTimeOffset date) => date.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string MonthName(int month) => $"Tháng {month}";

    /// <summary>"2.280", "63,34": the chart library's formatting, so text and charts always agree.</summary>
    public static string Number(decimal value) => VietnameseNumberFormat.Number(value);
}
