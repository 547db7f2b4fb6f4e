using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PhuocMy.Site.Markdown.RawHtml;

internal static class BlockInlines
{
    /// <summary>The inlines of type <typeparamref name="T"/> anywhere in a block, a paragraph's own included (Markdig's
    /// <c>Descendants</c> does not look into a leaf block's inlines).</summary>
    public static IEnumerable<T> Of<T>(Block block) where T : Inline => block switch
    {
        LeafBlock { Inline: { } inline } => inline.Descendants<T>(),
        ContainerBlock container => container.Descendants<T>(),
        _ => [],
    };
}
