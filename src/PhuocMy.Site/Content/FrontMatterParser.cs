using PhuocMy.Site.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PhuocMy.Site.Content;

/// <summary>Splits <c>---</c> YAML front matter from a Markdown body. Problems go to the diagnostics, never as exceptions.</summary>
public static class FrontMatterParser
{
    public static MarkdownFile? Parse(string displayPath, string text, DiagnosticBag diagnostics)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
            return new MarkdownFile(FrontMatter.Empty, text, 1);

        var end = FindClosingFence(text);
        if (end < 0)
        {
            diagnostics.Error(displayPath, 1, "Phần khai báo (front matter) mở bằng '---' nhưng không có dòng '---' đóng lại.",
                "Thêm một dòng chỉ có '---' ngay sau phần khai báo.");
            return null;
        }

        var yaml = text[4..end];
        var closingLineEnd = text.IndexOf('\n', end + 1);
        var body = closingLineEnd < 0 ? "" : text[(closingLineEnd + 1)..];
        var bodyFirstLine = CountLines(text, closingLineEnd < 0 ? text.Length : closingLineEnd + 1) + 1;

        var values = ReadMapping(displayPath, yaml, diagnostics);
        return values is null ? null : new MarkdownFile(new FrontMatter(values, 2), body, bodyFirstLine);
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
            var reason = e.InnerException?.Message ?? e.Message;
            diagnostics.Error(displayPath, (int)e.Start.Line + lineOffset, $"YAML không hợp lệ: {reason}",
                "Kiểm tra dấu ':' sau tên khóa, thụt lề bằng dấu cách, và đặt giá trị có dấu ':' hoặc '#' trong ngoặc kép.");
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
            var name = ((YamlScalarNode)key).Value ?? "";
            if (!values.TryAdd(name, value))
                diagnostics.Error(displayPath, (int)key.Start.Line + lineOffset, $"Khóa '{name}' được khai báo hai lần.", "Xóa một trong hai dòng.");
        }
        return values;
    }

    private static int FindClosingFence(string text)
    {
        var position = 4;
        while (position < text.Length)
        {
            var lineEnd = text.IndexOf('\n', position);
            var line = lineEnd < 0 ? text[position..] : text[position..lineEnd];
            if (line.TrimEnd() is "---" or "...") return position;
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
