using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Markdown;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Content;

public sealed class PageParser(SiteSettings settings, MarkdownConverter converter, BodyChecks bodyChecks) : IContentKind<Page>
{
    public string Folder => "pages";

    public Page? Parse(SourceFile file, string text, DiagnosticBag diagnostics)
    {
        var markdown = FrontMatterParser.Parse(file.DisplayPath, text, diagnostics);
        if (markdown is null) return null;

        var fields = new FieldReader(file.DisplayPath, markdown.FrontMatter, diagnostics);
        var title = fields.RequiredText("title", "Giới thiệu");
        var slug = PostParser.SlugFor(file, fields, diagnostics);
        fields.WarnNearMisses(Page.KnownKeys);
        var document = converter.Parse(markdown.Body);
        var links = bodyChecks.Check(file.DisplayPath, markdown.BodyFirstLine, document, diagnostics);
        var description = fields.OptionalText("description") ?? MarkdownBody.FirstWords(document);

        if (title is null) return null;
        return new Page(file.DisplayPath, slug, title, description, fields.OptionalText("lang") ?? settings.Language,
            fields.OptionalText("layout"), fields.Flag("sample"), converter.ToHtml(document), fields.Remaining(Page.KnownKeys))
        {
            LayoutLine = fields.FrontMatter.Values.ContainsKey("layout") ? fields.FrontMatter.LineOf("layout") : null,
            BodyLinks = links,
        };
    }
}
