using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace PhuocMy.Site.Markdown.Footnotes;

/// <summary>
/// The mark in the text (a raised number that links to its note, named "Chú thích 1") and the way back from the note
/// (an arrow named "Quay lại đoạn văn có chú thích 1", shown as text, not as an emoji).
/// </summary>
public sealed class FootnoteMarkRenderer : HtmlObjectRenderer<FootnoteLink>
{
    protected override void Write(HtmlRenderer renderer, FootnoteLink link)
    {
        var number = link.Footnote.Order;
        renderer.Write(link.IsBackLink
            ? $"<a href=\"#{FootnoteIds.Mark(link.Index)}\" class=\"footnote-back-ref\" aria-label=\"Quay lại đoạn văn có chú thích {number}\">&#8617;&#xFE0E;</a>"
            : $"<sup><a id=\"{FootnoteIds.Mark(link.Index)}\" href=\"#{FootnoteIds.Note(number)}\" class=\"footnote-ref\" aria-label=\"{FootnoteListRenderer.Label} {number}\">{number}</a></sup>");
    }
}

/// <summary>Ids with a colon, which no heading id has (those are slugs), so a note never clashes with a section.</summary>
internal static class FootnoteIds
{
    public static string Note(int order) => $"fn:{order}";
    public static string Mark(int index) => $"fnref:{index}";
}
