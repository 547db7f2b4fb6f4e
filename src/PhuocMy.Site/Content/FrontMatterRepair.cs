using System.Text;
using System.Text.RegularExpressions;
using PhuocMy.Site.Diagnostics;

namespace PhuocMy.Site.Content;

/// <summary>
/// Makes front matter as people type it into the YAML it means, line by line so line numbers never change:
/// <list type="bullet">
/// <item>a non-breaking space (Word, phones) after a key, in an indent or after a list dash is a space;</item>
/// <item><c>title:Tin</c> has a space added after the colon;</item>
/// <item>a value wholly inside curly quotes (“…”, which Word makes of "…") is quoted with plain quotes, and the author is told;</item>
/// <item>an unquoted value that YAML would reject or cut short is quoted: <c>title: Kết luận: đạt</c> (a colon),
/// <c>Giải #1</c> (a '#' glued to a word, which YAML would drop as a comment), <c>[Video] Lễ ra quân</c>, <c>@phuong</c>.</item>
/// </list>
/// Only top-level keys and list items are touched; the lines of a block scalar (<c>key: |</c>) are the author's text.
/// </summary>
public static partial class FrontMatterRepair
{
    public static string Apply(string yaml, string displayPath, int firstLine, DiagnosticBag diagnostics)
    {
        if (yaml.Length == 0) return yaml;
        var lines = yaml.Split('\n');
        var anchors = AnchorDefinition().Matches(yaml).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);
        var blockIndent = -1;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var indent = IndentOf(line);
            if (blockIndent >= 0)
            {
                if (line.Trim().Length == 0 || indent > blockIndent) continue;
                blockIndent = -1;
            }

            line = new string(' ', indent) + line[indent..];
            var entry = KeyLine().Match(line);
            if (entry.Success)
            {
                var key = entry.Groups["key"].Value;
                var value = TrimUnicodeSpaces(entry.Groups["value"].Value);
                if (IsBlockScalarHeader(value)) blockIndent = indent;
                if (IsUnclosedQuote(value) && NextLineIsKey(lines, i + 1, indent))
                {
                    var quote = value[0] == '"' ? "ngoặc kép \"" : "ngoặc đơn '";
                    diagnostics.Error(displayPath, firstLine + i, $"Giá trị của '{key}' mở dấu {quote} mà chưa đóng.",
                        $"Thêm dấu {value[0]} ở cuối dòng, hoặc bỏ dấu {value[0]} ở đầu giá trị.");
                    lines[i] = $"{line[..indent]}{key}: {SingleQuoted(value)}";
                    continue;
                }
                var fixedValue = Value(value, key, firstLine + i, displayPath, diagnostics, anchors);
                lines[i] = $"{line[..indent]}{key}:{(fixedValue.Length > 0 ? " " + fixedValue : "")}";
                continue;
            }

            var item = ListItem().Match(line);
            if (item.Success)
            {
                var value = TrimUnicodeSpaces(item.Groups["value"].Value);
                if (NestedKey().Match(value) is { Success: true } nested)
                {
                    // "- name: Trang: chủ": the first key of a mapping in a list.
                    var nestedKey = nested.Value[..^1];
                    var nestedValue = Value(TrimUnicodeSpaces(value[nested.Length..]), nestedKey, firstLine + i, displayPath, diagnostics, anchors);
                    lines[i] = $"{line[..indent]}- {nestedKey}:{(nestedValue.Length > 0 ? " " + nestedValue : "")}";
                    continue;
                }
                lines[i] = $"{line[..indent]}- {Value(value, null, firstLine + i, displayPath, diagnostics, anchors)}";
                continue;
            }
            lines[i] = line;
        }
        return string.Join('\n', lines);
    }

    private static string Value(string value, string? key, int line, string displayPath, DiagnosticBag diagnostics, IReadOnlySet<string> anchors)
    {
        if (value.Length == 0) return value;
        var (body, comment) = SplitComment(value);

        if (CurlyQuoted(body) is { } inner)
        {
            var what = key is null ? "Một mục trong danh sách" : $"Giá trị của '{key}'";
            diagnostics.Warning(displayPath, line,
                $"{what} nằm trong dấu ngoặc kép cong {body[0]}…{body[^1]} (Word tự đổi từ \"…\"): đã hiểu là dấu ngoặc bao giá trị, dấu ngoặc không hiện trên trang.",
                $"Nếu muốn dấu ngoặc hiện ra trên trang, viết: {(key is null ? "-" : key + ":")} '{body}'");
            return DoubleQuoted(inner) + comment;
        }

        if (body[0] is '[' or '{')
        {
            var flow = CurlyItems().Replace(body, match => DoubleQuoted(match.Groups["text"].Value));
            if (flow != body)
                diagnostics.Warning(displayPath, line,
                    $"Danh sách{(key is null ? "" : $" '{key}'")} có mục nằm trong dấu ngoặc kép cong “…” (Word tự đổi từ \"…\"): đã hiểu là dấu ngoặc bao mục, dấu ngoặc không hiện trên trang.",
                    "Gõ dấu ngoặc kép thẳng \"…\", hoặc bỏ dấu ngoặc.");
            var close = ClosingBracket(flow);
            // Text after the closing bracket means the bracket was part of the text: "[Video] Lễ ra quân".
            return close < 0 || close == flow.Length - 1 ? flow + comment : SingleQuoted(body) + comment;
        }

        if (body[0] is '"' or '\'')
        {
            var close = ClosingQuote(body);
            return close < 0 || close == body.Length - 1 ? value : SingleQuoted(body) + comment;
        }

        if (IsBlockScalarHeader(value) || body[0] is '*' or '&' or '!' && !body.Contains(' ')) return value;
        // YAML's own anchors ("&a [x, y]") and aliases of them ("*a") are the author's YAML, not pasted text: a title
        // that opens with "*Chú ý*" (Markdown emphasis) names no anchor and is quoted.
        if (AnchoredNode().Match(body) is { Success: true } anchored && (body[0] == '&' || anchors.Contains(anchored.Groups["name"].Value))) return value;
        return NeedsQuotes(body) ? SingleQuoted(body) + comment : value;
    }

    private static bool IsUnclosedQuote(string value) =>
        value.Length > 0 && value[0] is '"' or '\'' && ClosingQuote(SplitComment(value).Body) < 0;

    /// <summary>The next written line starts a key at the same indent (or the text ends): a quote left open cannot go on.</summary>
    private static bool NextLineIsKey(string[] lines, int from, int indent)
    {
        for (var i = from; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            return IndentOf(lines[i]) <= indent;
        }
        return true;
    }

    private static bool NeedsQuotes(string plain) =>
        plain.Contains(": ", StringComparison.Ordinal) || plain.EndsWith(':') || GluedHash().IsMatch(plain)
        || plain[0] is '@' or '`' or '%' or '*' or '&' or '!' or '|' or '>' || plain.StartsWith("- ", StringComparison.Ordinal)
        || plain.StartsWith("? ", StringComparison.Ordinal);

    private static bool IsBlockScalarHeader(string value) => BlockScalarHeader().IsMatch(value);

    /// <summary>The value and its trailing YAML comment (" # ghi chú", with a space after '#'), kept as the author wrote it.</summary>
    private static (string Body, string Comment) SplitComment(string value)
    {
        var match = TrailingComment().Match(value);
        return match.Success ? (value[..match.Index], value[match.Index..]) : (value, "");
    }

    private static string? CurlyQuoted(string body) =>
        body.Length >= 2 && (body[0] == '“' && body[^1] == '”' || body[0] == '‘' && body[^1] == '’')
            && body.IndexOfAny(['“', '”', '‘', '’'], 1, body.Length - 2) < 0
            ? body[1..^1]
            : null;

    private static int ClosingBracket(string flow)
    {
        var depth = 0;
        var quote = '\0';
        for (var i = 0; i < flow.Length; i++)
        {
            var c = flow[i];
            if (quote != '\0')
            {
                if (c == '\\' && quote == '"') i++;
                else if (c == quote) quote = '\0';
                continue;
            }
            if (c is '"' or '\'') quote = c;
            else if (c is '[' or '{') depth++;
            else if (c is ']' or '}' && --depth == 0) return i;
        }
        return -1;
    }

    private static int ClosingQuote(string quoted)
    {
        var quote = quoted[0];
        for (var i = 1; i < quoted.Length; i++)
        {
            if (quote == '"' && quoted[i] == '\\') { i++; continue; }
            if (quoted[i] != quote) continue;
            if (quote == '\'' && i + 1 < quoted.Length && quoted[i + 1] == '\'') { i++; continue; }
            return i;
        }
        return -1;
    }

    private static string DoubleQuoted(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static string SingleQuoted(string text) => "'" + text.Replace("'", "''") + "'";

    private static int IndentOf(string line)
    {
        var i = 0;
        while (i < line.Length && (line[i] == ' ' || PastedText.IsUnicodeSpace(line[i]))) i++;
        return i;
    }

    private static string TrimUnicodeSpaces(string text)
    {
        var builder = new StringBuilder(text.Trim(' ', '\t'));
        while (builder.Length > 0 && (PastedText.IsUnicodeSpace(builder[0]) || builder[0] is ' ' or '\t')) builder.Remove(0, 1);
        while (builder.Length > 0 && (PastedText.IsUnicodeSpace(builder[^1]) || builder[^1] is ' ' or '\t')) builder.Length--;
        return builder.ToString();
    }

    // "key:" at any indent, with Unicode spaces tolerated around the colon; a key is a word as front matter keys are.
    [GeneratedRegex(@"^ *(?<key>[\p{L}_][\p{L}\p{N}_-]*)[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]*:(?=$|[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]|[^:])(?<value>.*)$")]
    private static partial Regex KeyLine();

    [GeneratedRegex(@"^ *-[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]+(?<value>.*)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^[\p{L}_][\p{L}\p{N}_-]*:(?= |$)")]
    private static partial Regex NestedKey();

    [GeneratedRegex(@"[ \t]+#(?=[ \t]|$)")]
    private static partial Regex TrailingComment();

    [GeneratedRegex(@"(?<=\s)#(?=\S)")]
    private static partial Regex GluedHash();

    [GeneratedRegex(@"(?:^|[\s\[{,:])&(?<name>[^\s\[\]{},]+)")]
    private static partial Regex AnchorDefinition();

    [GeneratedRegex(@"^[&*](?<name>[^\s\[\]{},*]+)(?:\s|$)")]
    private static partial Regex AnchoredNode();

    [GeneratedRegex(@"^[|>][-+0-9]{0,2}[ \t]*(#.*)?$")]
    private static partial Regex BlockScalarHeader();

    [GeneratedRegex(@"[“‘](?<text>[^“”‘’]*)[”’]")]
    private static partial Regex CurlyItems();
}
