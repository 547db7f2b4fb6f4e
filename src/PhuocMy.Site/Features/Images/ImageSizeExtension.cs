using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PhuocMy.Site.Markdown.RawHtml;

namespace PhuocMy.Site.Features.Images;

/// <summary>Gives every Markdown image whose size is known its <c>width</c> and <c>height</c>, when the document is parsed.</summary>
public sealed class ImageSizeExtension(ImageSizeCatalog sizes) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= AddSizes;
        pipeline.DocumentProcessed += AddSizes;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.ReplaceOrAdd<CleanHtmlRenderer>(new SizedCleanHtmlRenderer(sizes));
    }

    /// <summary>HTML an author pasted keeps its images, and they get their sizes too (the pasted tag rarely has them).</summary>
    private sealed class SizedCleanHtmlRenderer(ImageSizeCatalog sizes) : HtmlObjectRenderer<CleanHtmlBlock>
    {
        protected override void Write(HtmlRenderer renderer, CleanHtmlBlock block)
        {
            renderer.EnsureLine();
            renderer.WriteLine(block.Html.Contains("<img", StringComparison.Ordinal) ? Sized(block.Html) : block.Html);
        }

        private string Sized(string html)
        {
            // The cleaner wrote this HTML from a document body; reading it back the same way gives the same text.
            using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("");
            var body = document.Body!;
            body.InnerHtml = html;
            var changed = false;
            foreach (var image in body.QuerySelectorAll("img"))
            {
                if (image.HasAttribute("width") || image.HasAttribute("height") || sizes.Find(image.GetAttribute("src")) is not { } size) continue;
                image.SetAttribute("width", size.Width.ToString(System.Globalization.CultureInfo.InvariantCulture));
                image.SetAttribute("height", size.Height.ToString(System.Globalization.CultureInfo.InvariantCulture));
                changed = true;
            }
            return changed ? body.InnerHtml : html;
        }
    }

    private void AddSizes(MarkdownDocument document)
    {
        foreach (var image in document.Descendants<LinkInline>().Where(link => link.IsImage))
        {
            if (sizes.Find(image.Url) is not { } size) continue;
            var attributes = image.GetAttributes();
            if (HasSize(attributes)) continue;
            attributes.AddProperty("width", size.Width.ToString(System.Globalization.CultureInfo.InvariantCulture));
            attributes.AddProperty("height", size.Height.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>A size someone else already gave (another image feature, say) is kept.</summary>
    private static bool HasSize(HtmlAttributes attributes) =>
        attributes.Properties?.Any(p => p.Key is "width" or "height") == true;
}
