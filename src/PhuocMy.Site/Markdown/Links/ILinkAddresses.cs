using PhuocMy.Site.Diagnostics;

namespace PhuocMy.Site.Markdown.Links;

/// <summary>Decides the address a link or image written in a body is published with.</summary>
public interface ILinkAddresses
{
    /// <param name="isImage">An image (<c>![…](…)</c>, <c>&lt;img&gt;</c>) rather than a link.</param>
    /// <param name="line">The 1-based line of the file the link is on, for messages.</param>
    /// <returns>The address to publish: the one written, or the one it means (a post's URL for its <c>.md</c> file).</returns>
    string Resolve(string url, bool isImage, MarkdownSource source, int line, DiagnosticBag diagnostics);
}
