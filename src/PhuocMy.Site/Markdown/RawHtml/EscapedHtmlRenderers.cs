using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PhuocMy.Site.Markdown.RawHtml;

/// <summary>
/// HTML that reaches the page without going through <see cref="RawHtmlCleaner"/> is shown as text, never passed through:
/// a body parsed without the cleaner can then never publish a script.
/// </summary>
public static class EscapedHtmlRenderers
{
    public static void Apply(HtmlRenderer renderer)
    {
        renderer.ObjectRenderers.Replace<HtmlBlockRenderer>(new EscapedBlock());
        renderer.ObjectRenderers.Replace<HtmlInlineRenderer>(new EscapedInline());
    }

    private sealed class EscapedBlock : HtmlObjectRenderer<HtmlBlock>
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock block)
        {
            renderer.EnsureLine();
            renderer.Write("<p>");
            renderer.WriteLeafRawLines(block, writeEndOfLines: true, escape: true);
            renderer.WriteLine("</p>");
        }
    }

    private sealed class EscapedInline : HtmlObjectRenderer<HtmlInline>
    {
        protected override void Write(HtmlRenderer renderer, HtmlInline inline) => renderer.WriteEscape(inline.Tag);
    }
}
