using System.Xml;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Features.StaticFiles;

/// <summary>
/// An SVG opened on its own is a document that can run script: a <c>&lt;script&gt;</c> (loading a file from the
/// site passes <c>script-src 'self'</c>), an <c>onload</c> handler, a <c>javascript:</c> link, an embedded frame.
/// Pictures never need any of these, so an SVG in <c>input/</c> that has one is refused, at its line.
/// </summary>
public static class SvgScriptCheck
{
    private static readonly HashSet<string> ActiveElements = new(StringComparer.OrdinalIgnoreCase) { "script", "iframe", "object", "embed", "handler" };

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true, MaxCharactersFromEntities = 1024,
    };

    public static void Check(SourceFile file, DiagnosticBag diagnostics)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(file.Content.ToArray()), Settings);
            var lineInfo = (IXmlLineInfo)reader;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element) continue;
                if (ActiveElements.Contains(reader.LocalName))
                {
                    Refuse(file, lineInfo.LineNumber, $"thẻ <{reader.LocalName}>", diagnostics);
                    return;
                }
                for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
                {
                    var value = reader.Value.Trim();
                    if (reader.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase)
                        || value.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
                        || value.StartsWith("data:text/html", StringComparison.OrdinalIgnoreCase))
                    {
                        Refuse(file, lineInfo.LineNumber, $"thuộc tính {reader.Name}=\"{Shorten(value)}\"", diagnostics);
                        return;
                    }
                }
            }
        }
        catch (XmlException e)
        {
            diagnostics.Error(file.DisplayPath, e.LineNumber > 0 ? e.LineNumber : null, $"Ảnh SVG này không đọc được (XML lỗi: {e.Message}); trình duyệt sẽ không hiện nó.",
                "Xuất lại ảnh SVG từ phần mềm vẽ, hoặc dùng ảnh PNG/JPEG.");
        }
    }

    private static void Refuse(SourceFile file, int line, string what, DiagnosticBag diagnostics) =>
        diagnostics.Error(file.DisplayPath, line, $"Ảnh SVG có {what} chạy được mã lệnh; không đăng để tránh mã độc.",
            "Xuất lại ảnh từ phần mềm vẽ ở dạng SVG thuần (không script, không sự kiện), hoặc dùng ảnh PNG/JPEG.");

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
