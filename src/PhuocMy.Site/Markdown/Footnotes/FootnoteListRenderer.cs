using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace PhuocMy.Site.Markdown.Footnotes;

/// <summary>The footnotes at the end of a body: <c>&lt;section class="footnotes" aria-label="Chú thích"&gt;&lt;ol&gt;…</c>.</summary>
public sealed class FootnoteListRenderer : HtmlObjectRenderer<FootnoteGroup>
{
    public const string Label = "Chú thích";

    protected override void Write(HtmlRenderer renderer, FootnoteGroup footnotes)
    {
        renderer.EnsureLine();
        renderer.WriteLine($"<section class=\"footnotes\" aria-label=\"{Label}\">");
        renderer.WriteLine("<ol>");
        foreach (var footnote in footnotes.OfType<Footnote>())
        {
            renderer.WriteLine($"<li id=\"{FootnoteIds.Note(footnote.Order)}\">");
            renderer.WriteChildren(footnote);
            renderer.WriteLine("</li>");
        }
        renderer.WriteLine("</ol>");
        renderer.WriteLine("</section>");
    }
}
