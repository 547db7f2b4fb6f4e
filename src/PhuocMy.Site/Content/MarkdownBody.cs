using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PhuocMy.Site.Markdown;

namespace PhuocMy.Site.Content;

/// <summary>
/// A parsed Markdown body and its sapo. The sapo is the <c>summary</c> key; or else the first paragraph of plain prose,
/// wherever it is (a body may open with a heading, a photo or a table), lifted out of the body to stand under the title.
/// A paragraph with a link, a picture or pasted HTML is never lifted, so nothing but words moves: its text still describes
/// the post to search engines and in listings, and the paragraph stays where it was. A post with no prose at all (a notice
/// that is only a title and an attachment) is described by its title.
/// </summary>
/// <param name="Summary">Plain text for the page description and listings; never empty when a fallback was given.</param>
/// <param name="SummaryShown">True when the sapo is not also in the body, so the post page shows it under the title.</param>
public sealed record MarkdownBody(MarkdownDocument Document, string Summary, bool SummaryShown)
{
    public static MarkdownBody Parse(MarkdownConverter converter, string markdown, string? declaredSummary, string fallback)
    {
        var document = converter.Parse(markdown);
        if (declaredSummary is not null) return new MarkdownBody(document, declaredSummary, true);

        var first = FirstParagraphWithWords(document);
        if (first is null) return new MarkdownBody(document, fallback, false);
        if (!IsPlainProse(first)) return new MarkdownBody(document, Words(first), false);
        document.Remove(first);
        return new MarkdownBody(document, Words(first), true);
    }

    /// <summary>The words of the body's first paragraph that has any (for a page description), or "".</summary>
    public static string FirstWords(MarkdownDocument document) => FirstParagraphWithWords(document) is { } paragraph ? Words(paragraph) : "";

    private static ParagraphBlock? FirstParagraphWithWords(MarkdownDocument document)
    {
        Block? previous = null;
        foreach (var block in document)
        {
            if (block is ParagraphBlock paragraph && HasOwnWords(paragraph) && !IsCaptionUnder(paragraph, previous))
                return paragraph;
            previous = block;
        }
        return null;
    }

    private static string Words(ParagraphBlock paragraph) => InlineText.Of(paragraph.Inline, includeImages: false);

    /// <summary>Words outside links and images: a paragraph that is only "[Tải tệp PDF](…)" is an attachment, not prose.</summary>
    private static bool HasOwnWords(ParagraphBlock paragraph) =>
        paragraph.Inline is not null && paragraph.Inline.Descendants<LiteralInline>()
            .Any(literal => !literal.Content.IsEmptyOrWhitespace() && literal.FirstParentOfType<LinkInline>() is null);

    /// <summary>Text, emphasis, code and line breaks only.</summary>
    private static bool IsPlainProse(ParagraphBlock paragraph) =>
        paragraph.Inline is not null && paragraph.Inline.Descendants<Inline>().All(inline =>
            inline is LiteralInline or EmphasisInline or CodeInline or LineBreakInline or HtmlEntityInline);

    /// <summary>"*Ảnh: Thanh Hà*" right under a photo is its caption, not the lead.</summary>
    private static bool IsCaptionUnder(ParagraphBlock paragraph, Block? previous) =>
        previous is ParagraphBlock { Inline: { } above } && above.Descendants<LinkInline>().Any(link => link.IsImage)
        && paragraph.Inline?.FirstChild is EmphasisInline && paragraph.Inline.FirstChild == paragraph.Inline.LastChild;
}
