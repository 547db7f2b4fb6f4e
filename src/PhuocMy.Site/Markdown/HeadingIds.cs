using PhuocMy.Site.Urls;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace PhuocMy.Site.Markdown;

/// <summary>Gives every heading an id without diacritics ("Kết quả đạt được" → "ket-qua-dat-duoc"), unique in its page.</summary>
public static class HeadingIds
{
    public static void Assign(MarkdownDocument document)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var baseId = Slug.From(InlineText.Of(heading.Inline));
            if (baseId.Length == 0) baseId = "muc";
            var id = baseId;
            for (var n = 2; !used.Add(id); n++) id = $"{baseId}-{n}";
            heading.GetAttributes().Id = id;
        }
    }
}
