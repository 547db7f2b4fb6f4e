using AngleSharp.Dom;
using Ganss.Xss;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Markdown.Links;

namespace PhuocMy.Site.Markdown.RawHtml;

/// <summary>
/// Every top-level block of a body that has HTML written into it is rendered, cleaned with HtmlSanitizer to
/// <see cref="RawHtmlPolicy"/>, and replaced by the clean result. Whatever is removed is reported as a warning with the
/// file and the line it was written on, so nothing disappears silently. Comments (<c>&lt;!-- … --&gt;</c>) are notes
/// for editors: they are dropped without a word. Links in the HTML get their published address like Markdown links.
/// </summary>
public sealed class RawHtmlCleaner(MarkdownConverter converter, ILinkAddresses? addresses = null) : IMarkdownRewrite
{
    public void Rewrite(MarkdownSource source, MarkdownDocument document, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < document.Count; i++)
        {
            var block = document[i];
            if (!HasRawHtml(block)) continue;
            document[i] = Clean(block, source, diagnostics);
        }
    }

    private static bool HasRawHtml(Block block) =>
        block is HtmlBlock || BlockInlines.Of<HtmlInline>(block).Any() || block.Descendants<HtmlBlock>().Any();

    private CleanHtmlBlock Clean(Block block, MarkdownSource source, DiagnosticBag diagnostics)
    {
        var written = new RawHtmlLines(block);
        var removals = new List<(string Message, string Hint, int Line)>();
        var sanitizer = RawHtmlPolicy.CreateSanitizer();
        sanitizer.RemovingTag += (_, e) =>
        {
            if (e.Tag.Owner?.Body?.Contains(e.Tag) != true) return; // inside something already removed with its content
            var tag = e.Tag.LocalName;
            var (message, hint) = RawHtmlMessages.RemovedTag(tag, e.Tag);
            if (RawHtmlPolicy.RemovedWithContent.Contains(tag)) e.Tag.InnerHtml = "";
            removals.Add((message, hint, written.LineOfTag(tag)));
        };
        sanitizer.RemovingAttribute += (_, e) =>
        {
            var (tag, name, value) = (e.Tag.LocalName, e.Attribute.Name, e.Attribute.Value);
            if (tag == "a" && name.Equals("name", StringComparison.OrdinalIgnoreCase) && !e.Tag.HasAttribute("id"))
            {
                e.Tag.SetAttribute("id", value); // <a name="x"> is the old way to write a link target; id is today's.
                return;
            }
            var (message, hint) = e.Reason == RemoveReason.NotAllowedUrlValue
                ? RawHtmlMessages.RemovedAddress(tag, name, value)
                : RawHtmlMessages.RemovedAttribute(tag, name, value);
            removals.Add((message, hint, written.LineOfAttribute(name, value)));
        };

        using var clean = sanitizer.SanitizeDom(converter.ToUncleanedHtml(block));
        var body = clean.Body!;
        var links = new List<(string Url, int Line)>();
        foreach (var (element, attribute) in UrlAttributes(body))
        {
            var url = element.GetAttribute(attribute)!;
            var line = written.LineOfUrl(url);
            var resolved = addresses?.Resolve(url, element.LocalName == "img", source, source.LineOf(line), diagnostics) ?? url;
            if (resolved != url) element.SetAttribute(attribute, Urls.UrlEscaping.Escape(resolved));
            links.Add((resolved, line));
        }

        foreach (var image in body.QuerySelectorAll("img:not([alt])"))
            diagnostics.Error(source.DisplayPath, source.LineOf(written.LineOfUrl(image.GetAttribute("src") ?? "")),
                $"Ảnh <img src=\"{image.GetAttribute("src")}\"> chưa có mô tả thay thế (alt).",
                "Thêm alt=\"mô tả ngắn nội dung ảnh\" vào thẻ <img>, hoặc viết bằng Markdown: ![mô tả nội dung ảnh](đường-dẫn-ảnh)");

        foreach (var (message, hint, line) in removals.Distinct())
            diagnostics.Warning(source.DisplayPath, source.LineOf(line), message, hint);
        return new CleanHtmlBlock(null) { Html = body.InnerHtml, Links = links, Line = block.Line, Span = block.Span };
    }

    private static IEnumerable<(IElement Element, string Attribute)> UrlAttributes(IElement body) =>
        body.QuerySelectorAll("a[href]").Select(a => (a, "href"))
            .Concat(body.QuerySelectorAll("img[src]").Select(img => (img, "src")));
}
