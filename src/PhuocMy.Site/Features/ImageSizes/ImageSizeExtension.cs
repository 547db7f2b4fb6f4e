using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PhuocMy.Site.Features.ImageSizes;

/// <summary>Gives every Markdown image whose size is known its <c>width</c> and <c>height</c>, when the document is parsed.</summary>
public sealed class ImageSizeExtension(ImageSizeCatalog sizes) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= AddSizes;
        pipeline.DocumentProcessed += AddSizes;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

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
