using PhuocMy.Site.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace PhuocMy.Site.Content;

/// <summary>Typed reads of front matter keys; a wrong value becomes a diagnostic naming the file and line.</summary>
public sealed class FieldReader(string displayPath, FrontMatter frontMatter, DiagnosticBag diagnostics)
{
    public string DisplayPath => displayPath;
    public FrontMatter FrontMatter => frontMatter;

    public string? RequiredText(string key, string example)
    {
        var value = OptionalText(key);
        if (value is null)
            diagnostics.Error(displayPath, frontMatter.LineOf(key), $"Thiếu '{key}' trong phần khai báo.", $"Thêm dòng: {key}: {example}");
        return value;
    }

    public string? OptionalText(string key)
    {
        if (!frontMatter.Values.TryGetValue(key, out var node)) return null;
        if (node is YamlScalarNode scalar) return string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim();
        diagnostics.Error(displayPath, frontMatter.LineOf(key), $"'{key}' phải là một giá trị văn bản, không phải danh sách.", $"Viết trên một dòng: {key}: ...");
        return null;
    }

    public DateTimeOffset? Date(string key, TimeZoneInfo zone, bool required)
    {
        var text = required ? RequiredText(key, "2020-07-15 08:30") : OptionalText(key);
        if (text is null) return null;
        if (DateParser.TryParse(text, zone, out var date)) return date;
        diagnostics.Error(displayPath, frontMatter.LineOf(key), $"Không đọc được ngày '{text}' ở '{key}'.", $"Viết theo dạng {DateParser.ExpectedFormats}.");
        return null;
    }

    public bool Flag(string key)
    {
        var text = OptionalText(key);
        if (text is null) return false;
        if (bool.TryParse(text, out var value)) return value;
        diagnostics.Error(displayPath, frontMatter.LineOf(key), $"'{key}' chỉ nhận true hoặc false, không phải '{text}'.", $"Viết: {key}: true");
        return false;
    }

    public int? Integer(string key)
    {
        var text = OptionalText(key);
        if (text is null) return null;
        if (int.TryParse(text, out var value)) return value;
        diagnostics.Error(displayPath, frontMatter.LineOf(key), $"'{key}' phải là một số nguyên, không phải '{text}'.");
        return null;
    }

    /// <summary>
    /// A list written either as <c>[a, b]</c>, as YAML lines, or as one comma-separated string. One string without commas
    /// whose words are all joined by hyphens (<c>covid-19 thu-ngan-sach</c>, Jekyll's space-separated habit) is a list of
    /// those words; other words stay one item, since a Vietnamese tag is usually several words ("thu ngân sách").
    /// </summary>
    public IReadOnlyList<string> TextList(string key)
    {
        if (!frontMatter.Values.TryGetValue(key, out var node)) return [];
        IEnumerable<string?> items = node switch
        {
            YamlSequenceNode sequence => sequence.Children.Select(child => (child as YamlScalarNode)?.Value),
            YamlScalarNode scalar => SplitScalarList(scalar.Value ?? ""),
            _ => [],
        };
        if (node is YamlMappingNode)
            diagnostics.Error(displayPath, frontMatter.LineOf(key), $"'{key}' phải là một danh sách.", $"Viết: {key}: [một, hai]");
        return items.Select(item => item?.Trim()).Where(item => !string.IsNullOrEmpty(item)).Distinct().ToList()!;
    }

    private static IEnumerable<string> SplitScalarList(string text)
    {
        if (text.Contains(',')) return text.Split(',');
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && words.All(word => word.Trim('-', '_').Contains('-') || word.Trim('-', '_').Contains('_')) ? words : [text];
    }

    /// <summary>For fixed formats (documents, schedules): every key outside <paramref name="knownKeys"/> is reported.</summary>
    public void WarnUnknownKeys(IReadOnlySet<string> knownKeys, string what)
    {
        foreach (var key in frontMatter.Values.Keys.Where(k => !knownKeys.Contains(k)))
            diagnostics.Warning(displayPath, frontMatter.LineOf(key), $"Khóa '{key}' không dùng cho {what} nên bị bỏ qua.",
                $"Các khóa dùng được: {string.Join(", ", knownKeys)}. Kiểm tra lỗi chính tả.");
    }

    /// <summary>
    /// Posts and pages may carry extra keys for templates, so only a near miss of a known key is reported:
    /// "catgory" or "Title" is almost surely a typo that would otherwise silently drop the value.
    /// </summary>
    public void WarnNearMisses(IReadOnlySet<string> knownKeys)
    {
        foreach (var key in frontMatter.Values.Keys.Where(k => !knownKeys.Contains(k)))
        {
            var intended = knownKeys.FirstOrDefault(known => KeySpelling.IsNearMiss(key, known));
            if (intended is not null)
                diagnostics.Warning(displayPath, frontMatter.LineOf(key), $"Khóa '{key}' không có trong định dạng bài; giá trị này sẽ không được dùng.",
                    $"Có phải ý bạn là '{intended}'? Sửa thành: {intended}: ...");
        }
    }

    /// <summary>Keys the generator does not know, kept as plain values for templates (<c>page.meta.key</c>).</summary>
    public IReadOnlyDictionary<string, object?> Remaining(IReadOnlySet<string> knownKeys) =>
        frontMatter.Values.Where(kv => !knownKeys.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => YamlValues.ToPlain(kv.Value));
}
