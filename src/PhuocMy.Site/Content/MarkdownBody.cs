using Markdig.Syntax;
using PhuocMy.Site.Markdown;

namespace PhuocMy.Site.Content;

/// <summary>A parsed Markdown body and its sapo: the <c>summary</c> key, or else the body's first paragraph, lifted out of it.</summary>
public sealed record MarkdownBody(MarkdownDocument Document, string Summary)
{
    public static MarkdownBody Parse(MarkdownConverter converter, string markdown, string? declaredSummary)
    {
        var document = converter.Parse(markdown);
        if (declaredSummary is not null) return new MarkdownBody(document, declaredSummary);

        var first = document.FirstOrDefault(block => block is ParagraphBlock) as ParagraphBlock;
        if (first is null || document.IndexOf(first) != 0) return new MarkdownBody(document, "");
        document.Remove(first);
        return new MarkdownBody(document, InlineText.Of(first.Inline));
    }
}
