using System.Text.Json;
using PhuocMy.Site.Formatting;

using PhuocMy.Site.Charts.Loading;

namespace PhuocMy.Site.Charts;

/// <summary>
/// How big a data table may be. A table is read whole and drawn on a phone: a 50 MB file or 100,000 rows would take
/// minutes and gigabytes to build and make a page no reader can load, so it is refused before any heavy work, with
/// its numbers; a table past the comfortable size is published with a warning.
/// </summary>
public static class DataTableLimits
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxRows = 500;
    public const int ComfortableRows = 120;

    internal static DataTableError? CheckSize(string displayPath, int bytes) =>
        bytes <= MaxBytes
            ? null
            : new DataTableError(displayPath, null, "$",
                $"Tệp số liệu nặng {Megabytes(bytes)} MB, quá giới hạn {Megabytes(MaxBytes)} MB của một bảng. Một bảng số liệu trên trang chỉ nên có vài chục hàng: hãy tách thành nhiều bảng nhỏ theo năm hoặc theo chủ đề, hoặc đăng tệp gốc để tải về (input/tai-ve/).");

    /// <summary>An error past <see cref="MaxRows"/>, a warning past <see cref="ComfortableRows"/>, else null.</summary>
    internal static (DataTableError Problem, bool IsError)? CheckRows(string displayPath, JsonElement root, JsonLocations locations)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("rows", out var rows) || rows.ValueKind != JsonValueKind.Array) return null;
        var count = rows.GetArrayLength();
        if (count > MaxRows)
            return (new DataTableError(displayPath, locations.LineOf("/rows"), "$.rows",
                $"Bảng có {Count(count)} hàng, quá giới hạn {Count(MaxRows)} hàng: trang số liệu sẽ quá nặng để mở trên điện thoại và biểu đồ không đọc được. Hãy tách thành nhiều bảng, hoặc gộp số liệu (theo tháng, quý, năm); tệp đầy đủ có thể đăng để tải về (input/tai-ve/)."), true);
        if (count > ComfortableRows)
            return (new DataTableError(displayPath, locations.LineOf("/rows"), "$.rows",
                $"Bảng có {Count(count)} hàng (nên không quá {Count(ComfortableRows)}): biểu đồ và bảng sẽ khó đọc trên điện thoại. Cân nhắc gộp số liệu hoặc tách bảng."), false);
        return null;
    }

    /// <summary>Numbers JSON allows but a decimal cannot hold, such as <c>1e400</c>: named where they are.</summary>
    internal static IEnumerable<DataTableError> CheckNumbers(string displayPath, JsonElement element, JsonLocations locations, string pointer = "")
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Number when !element.TryGetDecimal(out _):
                yield return new DataTableError(displayPath, locations.LineOf(pointer), JsonPaths.FromPointer(pointer),
                    $"Số {element.GetRawText()} quá lớn hoặc quá nhỏ để tính (tối đa khoảng 28 chữ số). Hãy kiểm tra lại số này, hoặc dùng \"scale\" (nghìn, triệu, tỷ) để ghi số gọn hơn.");
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                    foreach (var error in CheckNumbers(displayPath, property.Value, locations, pointer + "/" + property.Name.Replace("~", "~0").Replace("/", "~1")))
                        yield return error;
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                    foreach (var error in CheckNumbers(displayPath, item, locations, $"{pointer}/{index++}"))
                        yield return error;
                break;
        }
    }

    private static string Megabytes(int bytes) => VietnameseNumberFormat.Number(bytes / 1024m / 1024m, 1);

    private static string Count(int number) => VietnameseNumberFormat.Number(number);
}
