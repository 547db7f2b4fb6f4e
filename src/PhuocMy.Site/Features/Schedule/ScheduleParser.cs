using PhuocMy.Site.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using PhuocMy.Site.Content;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Sources;
using YamlDotNet.RepresentationModel;

namespace PhuocMy.Site.Features.Schedule;

/// <summary>
/// Reads one <c>schedule/&lt;yyyy-mm-dd&gt;.yml</c>: the week starts on the Monday the file is named after, and every
/// entry falls within that week, at an HH:mm time, with its content written. Every problem names the file and line.
/// </summary>
public sealed partial class ScheduleParser(SiteSettings settings)
{
    public static readonly IReadOnlySet<string> WeekKeys = new HashSet<string>(StringComparer.Ordinal) { "week_start", "sample", "items" };

    public static readonly IReadOnlySet<string> ItemKeys = new HashSet<string>(StringComparer.Ordinal)
    {
        "date", "time", "content", "chair", "participants", "location",
    };

    private const string Example = "2025-06-16";

    public ScheduleWeek? Parse(SourceFile file, DiagnosticBag diagnostics)
    {
        var path = file.DisplayPath;
        if (SourceText.Read(file, diagnostics) is not { } text) return null;
        var values = FrontMatterParser.ReadMapping(path, text, diagnostics, lineOffset: 0);
        if (values is null) return null;

        // Lines of YamlDotNet are 1-based and the mapping starts the file, so a key's line is its line in the file.
        var fields = new FieldReader(path, new FrontMatter(values, 1), diagnostics);
        fields.WarnUnknownKeys(WeekKeys, "tuần");
        var named = NamedMonday(file, diagnostics);
        var start = WeekStart(fields, named, diagnostics);
        var sample = fields.Flag("sample");
        if (start is null) return null;

        var items = Items(path, values.GetValueOrDefault("items"), start.Value, diagnostics);
        if (items is null || named is null) return null;

        var days = items
            .GroupBy(i => i.Date)
            .OrderBy(g => g.Key)
            .Select(g => new ScheduleDay(g.Key, g.OrderBy(i => i.Time ?? "", StringComparer.Ordinal).ToList()))
            .ToList();
        return new ScheduleWeek(path, start.Value, sample, days);
    }

    /// <summary>The Monday in the file name, e.g. <c>2025-06-16</c> for <c>schedule/2025-06-16.yml</c>.</summary>
    private static DateOnly? NamedMonday(SourceFile file, DiagnosticBag diagnostics)
    {
        var name = Path.GetFileNameWithoutExtension(file.Path);
        if (DateOnly.TryParseExact(name, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        diagnostics.Error(file.DisplayPath, null, $"Tên tệp lịch công tác '{Path.GetFileName(file.Path)}' không phải là một ngày.",
            $"Đặt tên tệp theo ngày thứ Hai đầu tuần, dạng năm-tháng-ngày, ví dụ: {Example}.yml");
        return null;
    }

    private DateOnly? WeekStart(FieldReader fields, DateOnly? named, DiagnosticBag diagnostics)
    {
        var path = fields.DisplayPath;
        var line = fields.FrontMatter.LineOf("week_start");
        var text = fields.RequiredText("week_start", named is { } monday ? ScheduleRoutes.IsoDate(monday) : Example);
        if (text is null) return null;

        if (!TryDate(text, out var start))
        {
            diagnostics.Error(path, line, $"Không đọc được ngày '{text}' ở 'week_start'.", $"Viết ngày thứ Hai đầu tuần, ví dụ: week_start: {Example}");
            return null;
        }
        if (start.DayOfWeek != DayOfWeek.Monday)
        {
            diagnostics.Error(path, line, $"'week_start' {Short(start)} là {Weekday(start)}, không phải thứ Hai.",
                $"Tuần bắt đầu từ thứ Hai: week_start: {ScheduleRoutes.IsoDate(ScheduleDates.MondayOf(start))}");
            return null;
        }
        if (named is { } fromName && fromName != start)
        {
            diagnostics.Error(path, line, $"'week_start' ({ScheduleRoutes.IsoDate(start)}) khác ngày ở tên tệp ({ScheduleRoutes.IsoDate(fromName)}).",
                $"Đổi tên tệp thành {ScheduleRoutes.IsoDate(start)}.yml, hoặc sửa 'week_start' cho đúng tuần.");
            return null;
        }
        return start;
    }

    /// <summary>The week's entries, or null when any of them is wrong (each problem already reported).</summary>
    private List<ScheduleItem>? Items(string path, YamlNode? node, DateOnly start, DiagnosticBag diagnostics)
    {
        var items = new List<ScheduleItem>();
        if (node is null || node is YamlScalarNode { Value: null or "" }) return items;
        if (node is not YamlSequenceNode sequence)
        {
            diagnostics.Error(path, (int)node.Start.Line, "'items' phải là một danh sách các mục lịch.",
                "Mỗi mục bắt đầu bằng '- date: ...' trên một dòng, thụt lề hai dấu cách dưới 'items:'.");
            return null;
        }

        var valid = true;
        foreach (var child in sequence.Children)
        {
            if (child is not YamlMappingNode mapping)
            {
                diagnostics.Error(path, (int)child.Start.Line, "Mỗi mục lịch phải gồm các cặp 'khóa: giá trị' (date, time, content…).",
                    "Viết mỗi mục như: - date: 2025-06-16, rồi các dòng time, content… thụt lề thẳng hàng với date.");
                valid = false;
            }
            else if (Item(path, mapping, start, diagnostics) is { } item)
            {
                items.Add(item);
            }
            else
            {
                valid = false;
            }
        }
        return valid ? items : null;
    }

    private ScheduleItem? Item(string path, YamlMappingNode mapping, DateOnly start, DiagnosticBag diagnostics)
    {
        var itemLine = (int)mapping.Start.Line;
        var valid = true;
        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (values.TryAdd(name, value)) continue;
            diagnostics.Error(path, (int)key.Start.Line, $"Khóa '{name}' được khai báo hai lần trong một mục lịch.", "Xóa một trong hai dòng.");
            valid = false;
        }
        var fields = new FieldReader(path, new FrontMatter(values, 1), diagnostics);
        fields.WarnUnknownKeys(ItemKeys, "mục lịch");
        int LineOf(string key) => values.ContainsKey(key) ? fields.FrontMatter.LineOf(key) : itemLine;

        var end = start.AddDays(6);
        DateOnly? date = null;
        var dateText = fields.OptionalText("date");
        if (dateText is null)
            diagnostics.Error(path, LineOf("date"), "Mục lịch thiếu 'date'.", $"Thêm dòng: date: {ScheduleRoutes.IsoDate(start)}");
        else if (!TryDate(dateText, out var parsed))
            diagnostics.Error(path, LineOf("date"), $"Không đọc được ngày '{dateText}' ở 'date'.", $"Viết theo dạng năm-tháng-ngày, ví dụ: date: {ScheduleRoutes.IsoDate(start)}");
        else if (parsed < start || parsed > end)
            diagnostics.Error(path, LineOf("date"), $"Ngày {Short(parsed)} không thuộc tuần từ {Short(start)} đến {Short(end)} của tệp này.",
                $"Sửa ngày, hoặc chuyển mục này sang tệp {ScheduleRoutes.IsoDate(ScheduleDates.MondayOf(parsed))}.yml của tuần đó.");
        else
            date = parsed;

        var time = fields.OptionalText("time");
        if (time is not null && !TimePattern().IsMatch(time))
        {
            diagnostics.Error(path, LineOf("time"), $"Giờ '{time}' không đúng dạng giờ:phút (HH:mm).", "Viết hai chữ số giờ và phút, trong ngoặc kép: time: \"07:30\"");
            valid = false;
        }

        var content = fields.OptionalText("content");
        if (content is null)
            diagnostics.Error(path, LineOf("content"), "Mục lịch thiếu 'content' (nội dung công việc).", "Thêm dòng: content: Giao ban lãnh đạo UBND phường");

        if (date is null || content is null || !valid) return null;
        return new ScheduleItem(date.Value, time, content, fields.OptionalText("chair"), fields.OptionalText("participants"), fields.OptionalText("location"));
    }

    private bool TryDate(string text, out DateOnly date)
    {
        var ok = DateParser.TryParse(text, settings.Zone, out var value);
        date = ok ? DateOnly.FromDateTime(SiteTime.ToLocal(value, settings.Zone).DateTime) : default;
        return ok;
    }

    private static string Short(DateOnly date) => VietnameseFormat.ShortDate(ScheduleDates.AsOffset(date));

    private static string Weekday(DateOnly date) => VietnameseFormat.LongDate(ScheduleDates.AsOffset(date)).Split(',')[0].ToLower(VietnameseFormat.Culture);

    [GeneratedRegex(@"^([01][0-9]|2[0-3]):[0-5][0-9]$")]
    private static partial Regex TimePattern();
}
