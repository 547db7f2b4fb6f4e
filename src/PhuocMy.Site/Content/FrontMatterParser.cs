using PhuocMy.Site.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PhuocMy.Site.Content;

/// <summary>
/// Splits the front matter from a Markdown body: YAML between <c>---</c> lines, or TOML between <c>+++</c> lines (Hugo's habit).
/// Text pasted from Word or a phone is made to mean what it shows first (<see cref="PastedText"/>, <see cref="FrontMatterRepair"/>).
/// Problems go to the diagnostics, never as exceptions.
/// </summary>
public static class FrontMatterParser
{
    public static MarkdownFile? Parse(string displayPath, string text, DiagnosticBag diagnostics)
    {
        text = PastedText.WithoutInvisibleCharacters(text);
        var fence = OpeningFence(text);
        if (fence is null)
            return new MarkdownFile(FrontMatter.Empty, PastedText.MarkdownBody(text), 1);

        var start = text.IndexOf('\n') + 1;
        var end = FindClosingFence(text, start, fence);
        if (end < 0)
        {
            diagnostics.Error(displayPath, 1, $"Phần khai báo (front matter) mở bằng '{fence}' nhưng không có dòng '{fence}' đóng lại.",
                $"Thêm một dòng chỉ có '{fence}' ngay sau phần khai báo.");
            return null;
        }

        var closingLineEnd = text.IndexOf('\n', end);
        var body = closingLineEnd < 0 ? "" : text[(closingLineEnd + 1)..];
        var bodyFirstLine = CountLines(text, closingLineEnd < 0 ? text.Length : closingLineEnd + 1) + 1;

        var yaml = fence == TomlFrontMatter.Fence
            ? TomlFrontMatter.ToYaml(displayPath, text[start..end], 2, diagnostics)
            : FrontMatterRepair.Apply(text[start..end], displayPath, 2, diagnostics);
        if (yaml is null) return null;
        var values = ReadMapping(displayPath, yaml, diagnostics);
        return values is null ? null : new MarkdownFile(new FrontMatter(values, 2), PastedText.MarkdownBody(body), bodyFirstLine);
    }

    /// <summary>Reads a YAML mapping; <paramref name="lineOffset"/> is added to YAML's own line numbers in messages.</summary>
    public static IReadOnlyDictionary<string, YamlNode>? ReadMapping(string displayPath, string yaml, DiagnosticBag diagnostics, int lineOffset = 1)
    {
        var stream = new YamlStream();
        try
        {
            SafeYamlLoader.Load(stream, yaml);
        }
        catch (YamlException e)
        {
            var (message, hint) = YamlErrorMessages.Describe(e);
            diagnostics.Error(displayPath, (int)e.Start.Line + lineOffset, message, hint);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet fails this way on some unterminated constructs, such as "tags: [a, b" without "]".
            diagnostics.Error(displayPath, lineOffset, "YAML không hợp lệ: có ngoặc [ ] hoặc { } hay dấu nháy chưa được đóng.",
                "Kiểm tra mỗi '[' có ']' và mỗi '\"' có dấu đóng tương ứng.");
            return null;
        }

        if (stream.Documents.Count == 0) return new Dictionary<string, YamlNode>();
        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            diagnostics.Error(displayPath, lineOffset, "Phần khai báo phải là các cặp 'khóa: giá trị'.", "Ví dụ: title: Tiêu đề bài viết");
            return null;
        }

        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!values.TryAdd(name, value))
                diagnostics.Error(displayPath, (int)key.Start.Line + lineOffset, $"Khóa '{name}' được khai báo hai lần.", "Xóa một trong hai dòng.");
        }
        return values;
    }

    /// <summary>"---" (YAML) or "+++" (TOML) alone on the first line, trailing spaces allowed; null when there is no front matter.</summary>
    private static string? OpeningFence(string text)
    {
        var lineEnd = text.IndexOf('\n');
        if (lineEnd < 0) return null;
        return text[..lineEnd].TrimEnd() switch
        {
            "---" => "---",
            TomlFrontMatter.Fence => TomlFrontMatter.Fence,
            _ => null,
        };
    }

    private static int FindClosingFence(string text, int position, string fence)
    {
        while (position < text.Length)
        {
            var lineEnd = text.IndexOf('\n', position);
            var line = (lineEnd < 0 ? text[position..] : text[position..lineEnd]).TrimEnd();
            if (line == fence || fence == "---" && line == "...") return position;
            if (lineEnd < 0) break;
            position = lineEnd + 1;
        }
        return -1;
    }

    private static int CountLines(string text, int length)
    {
        var count = 0;
        for (var i = 0; i < length; i++) if (text[i] == '\n') count++;
        return count;
    }
}
