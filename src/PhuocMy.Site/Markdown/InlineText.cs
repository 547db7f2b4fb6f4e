using System.Text;
using Markdig.Syntax.Inlines;

namespace PhuocMy.Site.Markdown;

/// <summary>The plain text of Markdown inlines: for ids, summaries and descriptions.</summary>
public static class InlineText
{
    public static string Of(ContainerInline? container)
    {
        if (container is null) return "";
        var builder = new StringBuilder();
        Append(container, builder);
        return string.Join(' ', builder.ToString().Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }

    private static void Append(Inline inline, StringBuilder builder)
    {
        switch (inline)
        {
            case LiteralInline literal: builder.Append(literal.Content.ToString()); break;
            case CodeInline code: builder.Append(code.Content); break;
            case LineBreakInline: builder.Append(' '); break;
            case ContainerInline container:
                foreach (var child in container) Append(child, builder);
                break;
        }
    }
}
