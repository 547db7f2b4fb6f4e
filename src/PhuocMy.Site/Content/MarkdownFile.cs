namespace PhuocMy.Site.Content;

/// <summary>A Markdown file split into its front matter and body. <paramref name="BodyFirstLine"/> is 1-based.</summary>
public sealed record MarkdownFile(FrontMatter FrontMatter, string Body, int BodyFirstLine);
