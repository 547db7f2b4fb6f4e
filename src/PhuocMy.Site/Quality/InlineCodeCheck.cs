using PhuocMy.Site.Diagnostics;
using System.Text.Json;

namespace PhuocMy.Site.Quality;

/// <summary>
/// The site is served under a strict Content-Security-Policy (no 'unsafe-inline'), so inline code would silently not run:
/// no inline &lt;script&gt; (JSON-LD data excepted, and it must be valid JSON), no &lt;style&gt;, no style="" and no on*="" attributes,
/// no javascript: URLs.
/// </summary>
public sealed class InlineCodeCheck : IPageCheck
{
    private const string JsonLdType = "application/ld+json";
    private static readonly ElementQuery Styles = new("style", "style");
    private static readonly ElementQuery InlineScripts = new("script:not([src])", "script");

    public void Check(PageUnderCheck page, DiagnosticBag diagnostics)
    {
        CheckScripts(page, diagnostics);

        foreach (var style in Styles.In(page))
            diagnostics.Error(page, style, "có phần tử <style> nội tuyến (bị CSP chặn)", "chuyển CSS vào tệp .css của giao diện");

        foreach (var element in page.Elements.All)
        {
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.Equals("style", StringComparison.OrdinalIgnoreCase))
                    diagnostics.Error(page, element, $"<{element.LocalName}> có thuộc tính style=\"{attribute.Value}\" (bị CSP chặn)",
                        "dùng một class CSS thay cho style");
                else if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) && attribute.Name.Length > 2)
                    diagnostics.Error(page, element, $"<{element.LocalName}> có thuộc tính sự kiện {attribute.Name} (bị CSP chặn)",
                        "gắn sự kiện trong tệp .js bằng addEventListener");
                else if (attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                    diagnostics.Error(page, element, $"<{element.LocalName}> có địa chỉ javascript: trong {attribute.Name} (bị CSP chặn)",
                        "dùng một liên kết thật hoặc <button> với mã trong tệp .js");
            }
        }
    }

    private static void CheckScripts(PageUnderCheck page, DiagnosticBag diagnostics)
    {
        foreach (var script in InlineScripts.In(page))
        {
            var type = script.GetAttribute("type")?.Trim() ?? "";
            if (!type.Equals(JsonLdType, StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Error(page, script, $"có <script> nội tuyến {PageReport.Quote(script.TextContent, 60)} (bị CSP chặn)",
                    "chuyển mã vào tệp .js và dùng <script src>");
                continue;
            }

            try
            {
                using var _ = JsonDocument.Parse(script.TextContent);
            }
            catch (JsonException e)
            {
                diagnostics.Error(page, script, $"dữ liệu JSON-LD không phải JSON hợp lệ: {e.Message}", "sửa mẫu sinh JSON-LD");
            }
        }
    }
}
