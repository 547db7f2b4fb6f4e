using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PhuocMy.Site.Diagnostics;

namespace PhuocMy.Site.Markdown.Links;

/// <summary>Gives every Markdown link and image of a body the address it means (<see cref="ILinkAddresses"/>).</summary>
public sealed class LinkAddressRewrite(ILinkAddresses addresses) : IMarkdownRewrite
{
    public void Rewrite(MarkdownSource source, MarkdownDocument document, DiagnosticBag diagnostics)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (string.IsNullOrEmpty(link.Url)) continue;
            link.Url = addresses.Resolve(link.Url, link.IsImage, source, source.LineOf(link.Line), diagnostics);
        }
    }
}
