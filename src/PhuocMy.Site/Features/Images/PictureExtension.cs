using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PhuocMy.Site.Markdown;
using PhuocMy.Site.Urls;

namespace PhuocMy.Site.Features.Images;

/// <summary>
/// <c>![mô tả](/images/anh.jpg)</c> in a body is written as <see cref="ImageHtml"/> writes it: a photo as
/// <c>&lt;picture&gt;</c>, an SVG with its size. Links and images of other sites are left to Markdig.
/// </summary>
internal sealed class PictureExtension(ImageCatalog catalog) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        var links = html.ObjectRenderers.FindExact<LinkInlineRenderer>() ?? new LinkInlineRenderer();
        html.ObjectRenderers.ReplaceOrAdd<LinkInlineRenderer>(new Renderer(catalog, links));
    }

    private sealed class Renderer(ImageCatalog catalog, LinkInlineRenderer links) : HtmlObjectRenderer<LinkInline>
    {
        protected override void Write(HtmlRenderer renderer, LinkInline link)
        {
            if (!link.IsImage || !renderer.EnableHtmlForInline || SitePaths.TreePathOf(link.GetDynamicUrl?.Invoke() ?? link.Url) is null)
            {
                ((IMarkdownObjectRenderer)links).Write(renderer, link);
                return;
            }
            var use = IsFirstThing(link) ? ImageUse.Body with { Priority = true } : ImageUse.Body;
            renderer.Write(ImageHtml.For(catalog, link.GetDynamicUrl?.Invoke() ?? link.Url!, InlineText.Of(link), use));
        }

        /// <summary>The first image of a body that opens with it is the page's largest paint: it loads at once.</summary>
        private static bool IsFirstThing(LinkInline link)
        {
            ContainerInline? root = link.Parent;
            while (root?.Parent is { } outer) root = outer;
            Block? block = root?.ParentBlock;
            while (block?.Parent is { } parent and not MarkdownDocument) block = parent;
            return block?.Parent is MarkdownDocument document && document.IndexOf(block) == 0
                   && block.Descendants<LinkInline>().FirstOrDefault(inline => inline.IsImage) == link;
        }
    }
}
