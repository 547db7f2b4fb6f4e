using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PhuocMy.Site.Diagnostics;

namespace PhuocMy.Site.Markdown.Shortcodes;

/// <summary>
/// A shortcode (<c>{{&lt; chart id &gt;}}</c>, Hugo's syntax) that no extension read is left in the text and would be
/// printed as it is: a misspelt name (<c>chrt</c>), a shortcode from another site (<c>youtube</c>), or a known one written
/// the wrong way (not alone on its line). Each is an error at its line saying what to write.
/// </summary>
/// <param name="isNearMiss">Whether a written name looks like a mistyped known one.</param>
public sealed partial class UnknownShortcodeCheck(IReadOnlyList<string> knownNames, Func<string, string, bool> isNearMiss) : IMarkdownCheck
{
    /// <summary>The shortcodes of a standard build (see the chart extension).</summary>
    public static readonly IReadOnlyList<string> StandardNames = ["chart"];

    public void Check(string displayPath, MarkdownDocument document, Func<int, int> lineOf, DiagnosticBag diagnostics)
    {
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf is CodeBlock || leaf.Inline is null || !MayHoldShortcode(leaf.Inline)) continue;
            var (text, starts) = TextOf(leaf.Inline);
            foreach (Match match in Shortcode().Matches(text))
                Report(match, displayPath, lineOf(starts.Last(start => start.Index <= match.Index).Line), diagnostics);
        }
    }

    private void Report(Match match, string displayPath, int line, DiagnosticBag diagnostics)
    {
        var name = match.Groups["name"].Value;
        var written = match.Value;
        if (knownNames.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            diagnostics.Error(displayPath, line, $"Mã {written} viết chưa đúng cách nên sẽ hiện nguyên chữ trên trang.",
                $"Viết riêng một dòng, tên bằng chữ thường không dấu, ví dụ: {{{{< {name.ToLowerInvariant()} ma-bang-so-lieu >}}}}");
            return;
        }

        var intended = knownNames.FirstOrDefault(known => isNearMiss(name, known));
        diagnostics.Error(displayPath, line, $"Không có mã rút gọn '{name}' ({written}) nên nó sẽ hiện nguyên chữ trên trang.",
            intended is not null
                ? $"Có phải ý bạn là '{intended}'? Viết: {written.Replace(name, intended, StringComparison.Ordinal)}"
                : $"Trang web chỉ có: {string.Join(", ", knownNames.Select(n => $"{{{{< {n} … >}}}}"))}. Ảnh thì dùng ![mô tả](/images/ten-anh.jpg), video thì đặt liên kết.");
    }

    /// <summary>
    /// The text of a paragraph as written, with the line each piece starts on: Markdig splits "{{&lt;" into several
    /// literals, and reads "&lt;chrt x&gt;" in "{{&lt;chrt x&gt;}}" as an HTML tag.
    /// </summary>
    private static (string Text, List<(int Index, int Line)> Starts) TextOf(ContainerInline container)
    {
        var text = new System.Text.StringBuilder();
        var starts = new List<(int Index, int Line)>();
        foreach (var inline in container.Descendants<Inline>())
        {
            var piece = inline switch
            {
                LiteralInline literal => literal.Content.ToString(),
                HtmlInline html => html.Tag,
                _ => null,
            };
            if (piece is null) continue;
            starts.Add((text.Length, inline.Line));
            text.Append(piece);
        }
        return (text.ToString(), starts);
    }

    private static bool MayHoldShortcode(ContainerInline container) =>
        container.Descendants<LiteralInline>().Any(literal => literal.Content.IndexOf('{') >= 0);

    // {{< name … >}} or {{% name … %}}, and their closing forms {{< /name >}}.
    [GeneratedRegex(@"\{\{[<%]\s*/?\s*(?<name>[\p{L}\p{N}_.-]+)[^\n]*?[>%]\}\}")]
    private static partial Regex Shortcode();
}
