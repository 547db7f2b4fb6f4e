using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PhuocMy.Site.Markdown;

/// <summary>Images in an article load when the reader scrolls near them: on a slow link the text comes first.</summary>
public static class LazyImages
{
    public static void Apply(MarkdownDocument document)
    {
        foreach (var image in document.Descendants<LinkInline>().Where(link => link.IsImage))
        {
            var attributes = image.GetAttributes();
            attributes.AddPropertyIfNotExist("loading", "lazy");
            attributes.AddPropertyIfNotExist("decoding", "async");
        }
    }
}
