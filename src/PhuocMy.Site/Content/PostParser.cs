using PhuocMy.Site.Urls;
using PhuocMy.Site.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PhuocMy.Site.Markdown;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Content;

public sealed class PostParser(SiteSettings settings, MarkdownConverter converter, BodyChecks bodyChecks) : IContentKind<Post>
{
    public string Folder => "posts";

    public Post? Parse(SourceFile file, string text, DiagnosticBag diagnostics)
    {
        var markdown = FrontMatterParser.Parse(file.DisplayPath, text, diagnostics);
        if (markdown is null) return null;

        var fields = new FieldReader(file.DisplayPath, markdown.FrontMatter, diagnostics);
        var title = fields.RequiredText("title", "Tiêu đề bài viết");
        var date = fields.Date("date", settings.Zone, required: true);
        var updated = fields.Date("updated", settings.Zone, required: false);
        var expires = PublicationDates.Expires(fields, date, settings.Zone, diagnostics);
        var (category, categoryKey) = PostCategory.Read(fields, diagnostics);
        if (category is not null && settings.Categories.All(c => c.Name != category))
        {
            var likely = settings.Categories.FirstOrDefault(c => c.Slug == Urls.Slug.From(category));
            var known = string.Join(", ", settings.Categories.Select(c => c.Name));
            diagnostics.Error(file.DisplayPath, markdown.FrontMatter.LineOf(categoryKey), $"Chuyên mục '{category}' chưa được khai báo.",
                likely is not null
                    ? $"Có phải ý bạn là '{likely.Name}'? Viết đúng tên có dấu: category: {likely.Name}"
                    : $"Dùng một trong: {known} — hoặc thêm nó vào input/site.yml.");
        }

        var slug = SlugFor(file, fields, diagnostics);
        var image = fields.OptionalText("image");
        var imageAlt = fields.OptionalText("image_alt");
        if (image is not null && imageAlt is null)
            diagnostics.Error(file.DisplayPath, markdown.FrontMatter.LineOf("image"), "Ảnh đại diện chưa có mô tả thay thế.",
                "Thêm image_alt: mô tả ngắn nội dung ảnh cho người không xem được ảnh.");

        fields.WarnNearMisses(Post.KnownKeys);
        var tags = fields.TextList("tags");
        AddressLength.Check(tags, file.DisplayPath, markdown.FrontMatter.LineOf("tags"), "từ khóa", diagnostics);
        var aliases = PostAliases.Read(fields, diagnostics);
        var summary = Post.SummaryKeys.Select(fields.OptionalText).FirstOrDefault(text => text is not null);
        var body = MarkdownBody.Parse(converter, markdown.Body, summary, title ?? "");
        var links = bodyChecks.Check(file.DisplayPath, markdown.BodyFirstLine, body.Document, diagnostics);

        if (title is null || date is null) return null;
        return new Post(
            file.DisplayPath, slug, title, date.Value, updated, category, tags, body.Summary,
            fields.OptionalText("author"), fields.OptionalText("source"), image, imageAlt,
            fields.Flag("draft"), fields.Flag("featured"), fields.Flag("sample"), fields.OptionalText("layout"),
            BodyText.Of(converter.ToHtml(body.Document)), fields.Remaining(Post.KnownKeys))
        {
            ShowImage = image is not null && !body.Document.Descendants<LinkInline>().Any(link => link.IsImage && link.Url == image),
            Expires = expires,
            Aliases = aliases,
            ShowSummary = body.SummaryShown,
            BodyLinks = links,
            LayoutLine = fields.FrontMatter.Values.ContainsKey("layout") ? fields.FrontMatter.LineOf("layout") : null,
        };
    }

    internal static string SlugFor(SourceFile file, FieldReader fields, DiagnosticBag diagnostics)
    {
        var declared = fields.OptionalText("slug");
        if (declared is not null && !Urls.Slug.IsValid(declared))
            diagnostics.Error(file.DisplayPath, fields.FrontMatter.LineOf("slug"), $"Slug '{declared}' không hợp lệ.",
                $"Dùng chữ thường không dấu và dấu gạch ngang, ví dụ: slug: {Urls.Slug.From(declared)}");
        var slug = declared is not null ? Urls.Slug.From(declared) : Urls.Slug.From(Path.GetFileNameWithoutExtension(file.Path));
        AddressLength.Check([slug], file.DisplayPath, declared is null ? null : fields.FrontMatter.LineOf("slug"), "slug", diagnostics);
        return slug;
    }
}
