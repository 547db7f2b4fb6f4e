using System.Globalization;
using System.Text.Json;

namespace PhuocMy.Site.Charts.Loading;

/// <summary>Checks that need more than one field at a time (the schema validates fields one by one).</summary>
internal static class DataTableSemanticChecks
{
    public static IEnumerable<SemanticProblem> Check(JsonElement root, DataTable table, string fileNameWithoutExtension)
    {
        if (table.Id != fileNameWithoutExtension)
        {
            yield return new("/id",
                $"Mã bảng \"{table.Id}\" phải trùng tên tệp \"{fileNameWithoutExtension}\". Hãy sửa id hoặc đổi tên tệp thành {table.Id}.json.");
        }

        if (root.TryGetProperty("date", out var date)
            && !DateOnly.TryParseExact(date.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            yield return new("/date", $"Ngày \"{date.GetString()}\" không có thật. Viết dạng YYYY-MM-DD, ví dụ 2020-06-30.");
        }

        foreach (var problem in CheckSeriesCount(table))
        {
            yield return problem;
        }

        var rows = root.GetProperty("rows");
        for (var i = 0; i < table.Rows.Count; i++)
        {
            foreach (var problem in CheckRow(rows[i], table.Rows[i], table, $"/rows/{i}"))
            {
                yield return problem;
            }
        }

        if (table.Chart == ChartType.Line && table.Rows.Count < 2)
        {
            yield return new("/rows", "Biểu đồ đường (line) cần ít nhất 2 hàng (2 mốc thời gian).");
        }
        if (table.Chart == ChartType.Share && table.Rows.Sum(r => r.Values.Count == 1 ? r.Value : 0) <= 0)
        {
            yield return new("/rows", "Biểu đồ cơ cấu (share) cần tổng các phần lớn hơn 0.");
        }
        if (table.Chart == ChartType.Share && table.Rows.Count > 6)
        {
            yield return new("/rows", "Biểu đồ cơ cấu (share) chỉ đọc rõ được tối đa 6 phần; hãy gộp các phần nhỏ thành \"Khác\".");
        }
    }

    private static IEnumerable<SemanticProblem> CheckSeriesCount(DataTable table)
    {
        var singleSeriesOnly = table.Chart is ChartType.Progress or ChartType.Share;
        if (singleSeriesOnly && table.Series.Count > 1)
        {
            yield return new("/series",
                $"Biểu đồ \"{ChartTypeNames.ToJson(table.Chart)}\" chỉ có một dãy số; hãy để một phần tử trong series hoặc bỏ series.");
        }
        if (table.Chart is ChartType.GroupedBar or ChartType.StackedBar && table.Series.Count < 2)
        {
            yield return new("/series",
                $"Biểu đồ \"{ChartTypeNames.ToJson(table.Chart)}\" cần ít nhất 2 dãy số trong series; với một dãy hãy dùng \"bar\".");
        }
    }

    private static IEnumerable<SemanticProblem> CheckRow(JsonElement json, DataRow row, DataTable table, string pointer)
    {
        var hasValue = json.TryGetProperty("value", out _);
        var hasValues = json.TryGetProperty("values", out _);
        if (hasValue && hasValues)
        {
            yield return new(pointer, "Hàng có cả \"value\" và \"values\"; chỉ giữ một: \"value\" khi có một dãy số, \"values\" khi có nhiều.");
            yield break;
        }
        if (!hasValue && !hasValues)
        {
            yield return new(pointer, "Hàng thiếu số liệu: thêm \"value\": số (một dãy) hoặc \"values\": [số, số, …] (nhiều dãy).");
            yield break;
        }

        if (row.Values.Count != table.Series.Count)
        {
            yield return new(pointer + (hasValues ? "/values" : "/value"),
                $"Hàng \"{row.Label}\" có {row.Values.Count} số nhưng bảng có {table.Series.Count} dãy (series). Mỗi hàng cần đúng {table.Series.Count} số, theo thứ tự series.");
        }

        if (table.Chart != ChartType.Line && row.Values.Any(v => v < 0))
        {
            yield return new(pointer + (hasValues ? "/values" : "/value"),
                "Số âm chỉ vẽ được bằng biểu đồ đường (line). Hãy kiểm tra lại số liệu hoặc đổi loại biểu đồ.");
        }

        if (table.Chart == ChartType.Progress)
        {
            if (row.Target is null)
            {
                yield return new(pointer, $"Biểu đồ tiến độ (progress): hàng \"{row.Label}\" cần \"target\" (kế hoạch hoặc mốc so sánh).");
            }
            else if (row.Target <= 0)
            {
                yield return new(pointer + "/target", "\"target\" phải lớn hơn 0 để tính tỷ lệ đạt.");
            }
        }
        else if (row.Target is not null || row.TargetLabel is not null)
        {
            yield return new(pointer, "\"target\"/\"targetLabel\" chỉ dùng cho biểu đồ tiến độ (\"chart\": \"progress\").");
        }
    }
}
