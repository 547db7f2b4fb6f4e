using PhuocMy.Site.Diagnostics;
using System.Globalization;
using System.Text;
using AngleSharp.Dom;

namespace PhuocMy.Site.Quality;

/// <summary>
/// Vietnamese text must be in precomposed form (Unicode NFC): "ế" as one code point, not "e" + two combining marks.
/// Decomposed text looks the same but breaks search, sorting and some fonts, so it usually comes from a pasted document.
/// </summary>
public sealed class NfcCheck : IPageCheck
{
    private const int MaxReportsPerPage = 10;
    private const string Hint = "gõ lại đoạn này, hoặc lưu tệp nguồn ở dạng Unicode dựng sẵn (NFC)";

    public void Check(PageUnderCheck page, DiagnosticBag diagnostics)
    {
        var reports = 0;
        foreach (var (element, place, value) in NonNfcTextsOf(page))
        {
            if (++reports > MaxReportsPerPage)
            {
                diagnostics.Error(page, null, $"còn thêm đoạn văn bản không ở dạng NFC (chỉ báo {MaxReportsPerPage} đoạn đầu)", Hint);
                return;
            }
            diagnostics.Error(page, element, $"{place} có ký tự tổ hợp không ở dạng NFC: {Snippet(value)}", Hint);
        }
    }

    /// <summary>Texts first, then attribute values, each in document order, as the DOM holds them (character references decoded).</summary>
    private static IEnumerable<(IElement? Element, string Place, string Value)> NonNfcTextsOf(PageUnderCheck page)
    {
        foreach (var text in page.Elements.Texts)
        {
            if (!NfcText.IsNormalized(text.Data))
                yield return (text.ParentElement, $"văn bản trong <{text.ParentElement?.LocalName}>", text.Data);
        }

        foreach (var element in page.Elements.All)
        {
            foreach (var attribute in element.Attributes)
            {
                if (!NfcText.IsNormalized(attribute.Value))
                    yield return (element, $"thuộc tính {attribute.Name} của <{element.LocalName}>", attribute.Value);
            }
        }
    }

    /// <summary>Quotes the text around the first non-NFC character, with its code points, since it looks like normal text.</summary>
    private static string Snippet(string value)
    {
        var elements = StringInfo.GetTextElementEnumerator(value);
        while (elements.MoveNext())
        {
            var cluster = elements.GetTextElement();
            if (cluster.IsNormalized(NormalizationForm.FormC))
                continue;
            var start = Math.Max(0, elements.ElementIndex - 20);
            var end = Math.Min(value.Length, elements.ElementIndex + cluster.Length + 20);
            var codePoints = string.Join(" ", cluster.EnumerateRunes().Select(r => $"U+{r.Value:X4}"));
            return $"{PageReport.Quote(value[start..end])} (chữ \"{cluster}\" = {codePoints}, dạng NFC: \"{cluster.Normalize(NormalizationForm.FormC)}\")";
        }
        return PageReport.Quote(value);
    }
}
