using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace PhuocMy.Site.Markdown.SpacedLinks;

/// <summary>Links and images whose address has spaces (<see cref="SpacedLinkInlineParser"/>).</summary>
public sealed class SpacedLinksExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<SpacedLinkInlineParser>())
            pipeline.InlineParsers.Replace<LinkInlineParser>(new SpacedLinkInlineParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }
}

public static class SpacedLinksPipeline
{
    public static MarkdownPipelineBuilder UseSpacedLinks(this MarkdownPipelineBuilder builder)
    {
        builder.Extensions.AddIfNotAlready<SpacedLinksExtension>();
        return builder;
    }
}
