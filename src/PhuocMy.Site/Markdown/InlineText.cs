using System.Text;
using Markdig.Syntax.Inlines;

namespace PhuocMy.Site.Markdown;

/// <summary>The plain text of Markdown inlines: for ids, summaries and descriptions.</summary>
public static class InlineText
{
    /// <param name="includeImages">Whether an image's description counts as text (it does for a heading's id).</param>
    public static string Of(ContainerInline? container, bool includeImages = true)
    {
        if (container is null) return "";
        var builder = new StringBuilder();
        Append(container, builder, includeImages);
        return string.Join(' ', builder.ToString().Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }

    private static void Append(Inline inline, StringBuilder builder, bool includeImages)
    {
        switch (inline)
        {
            case LiteralInline literal: builder.Append(literal.Content.ToString()); break;
            case CodeInline code: builder.Append(code.Content); break;
            case HtmlEntityInline entity: builder.Append(entity.Transcoded.ToString()); break;
            case LineBreakInline: builder.Append(' '); break;
            case LinkInline { IsImage: true } when !includeImages: break;
            case ContainerInline container:
                foreach (var child in container) Append(child, builder, includeImages);
                break;
        }
    }
}
