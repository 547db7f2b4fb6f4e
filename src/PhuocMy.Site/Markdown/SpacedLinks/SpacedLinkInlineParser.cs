using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PhuocMy.Site.Markdown.SpacedLinks;

/// <summary>
/// Markdown's own link parser, plus one case people write all the time and CommonMark prints as text: a file name with
/// spaces, <c>![Hội nghị](/images/hội nghị.png)</c>. When the standard rules find no link at <c>](</c> and the text up to the
/// closing parenthesis on the same line has spaces, that text is the address (an optional quoted title at its end is the
/// title, curly quotes included), exactly as if the author had written <c>&lt;/images/hội nghị.png&gt;</c>.
/// </summary>
public sealed class SpacedLinkInlineParser : LinkInlineParser
{
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.CurrentChar == ']' && slice.PeekChar() == '('
            && processor.Inline?.FirstParentOfType<LinkDelimiterInline>() is { IsActive: true } opener
            && !IsStandardLink(slice)
            && SpacedDestination.TryRead(slice.Text, slice.Start + 1, slice.End, out var destination))
        {
            var link = new LinkInline(HtmlHelper.Unescape(destination.Url), destination.Title is null ? "" : HtmlHelper.Unescape(destination.Title))
            {
                IsImage = opener.IsImage,
                LabelSpan = opener.LabelSpan,
                Span = new SourceSpan(opener.Span.Start, processor.GetSourcePosition(destination.End)),
                Line = opener.Line,
                Column = opener.Column,
            };
            var outer = opener.Parent;
            opener.ReplaceBy(link);
            processor.Inline = link;
            processor.PostProcessInlines(0, link, null, false);
            if (!link.IsImage) DeactivateOuterLinks(outer);
            link.IsClosed = true;
            slice.Start = destination.End + 1;
            return true;
        }
        return base.Match(processor, ref slice);
    }

    /// <summary>Whether CommonMark itself reads a link here; then the standard parser does the work.</summary>
    private static bool IsStandardLink(StringSlice slice)
    {
        var lookahead = slice;
        lookahead.SkipChar();
        return LinkHelper.TryParseInlineLink(ref lookahead, out _, out _, out _, out _);
    }

    /// <summary>A link may not contain a link: brackets opened before this one can no longer become links.</summary>
    private static void DeactivateOuterLinks(Inline? inline)
    {
        for (; inline is not null; inline = inline.Parent)
        {
            if (inline is not LinkDelimiterInline delimiter) continue;
            if (delimiter.IsImage) return;
            delimiter.IsActive = false;
        }
    }
}
