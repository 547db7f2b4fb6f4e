using PhuocMy.Site.Urls;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Content;
using PhuocMy.Site.Markdown;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Features.Documents;

/// <summary>Reads one <c>documents/&lt;slug&gt;.md</c>: front matter fields, the attached file and the Markdown body.</summary>
public sealed class DocumentParser(SourceTree tree, SiteSettings settings, MarkdownConverter converter, BodyChecks bodyChecks) : IContentKind<ParsedDocument>
{
    public string Folder => DocumentsFeature.Folder;

    public static readonly IReadOnlySet<string> KnownKeys = new HashSet<string>(StringComparer.Ordinal)
    {
        "title", "number", "type", "issuer", "signer", "issued", "effective", "file", "sample",
    };

    public ParsedDocument? Parse(SourceFile file, string text, DiagnosticBag diagnostics)
    {
        var markdown = FrontMatterParser.Parse(file.DisplayPath, text, diagnostics);
        if (markdown is null) return null;

        var frontMatter = markdown.FrontMatter;
        var fields = new FieldReader(file.DisplayPath, frontMatter, diagnostics);
        var title = fields.RequiredText("title", "Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2023");
        var number = fields.RequiredText("number", "125/KH-UBND");
        var type = fields.RequiredText("type", "Kế hoạch");
        var issuer = fields.RequiredText("issuer", "UBND phường Phước Mỹ");
        var signer = fields.OptionalText("signer");
        var issued = ReadDate(fields, "issued", required: true);
        var effective = ReadDate(fields, "effective", required: false);
        var attached = AttachedFileReader.Read(tree, fields, diagnostics);
        var sample = fields.Flag("sample");

        fields.WarnUnknownKeys(KnownKeys, "văn bản");

        if (issued is { } issuedDate && effective is { } effectiveDate && effectiveDate < issuedDate)
            diagnostics.Warning(file.DisplayPath, frontMatter.LineOf("effective"),
                $"Ngày hiệu lực {VietnameseFormat.ShortDate(effectiveDate)} sớm hơn ngày ban hành {VietnameseFormat.ShortDate(issuedDate)}.",
                "Kiểm tra lại 'issued' và 'effective'.");

        var typeSlug = type is null ? "" : Urls.Slug.From(type);
        if (type is not null && typeSlug.Length == 0)
        {
            diagnostics.Error(file.DisplayPath, frontMatter.LineOf("type"), $"Loại văn bản '{type}' không có chữ cái hay chữ số nào.",
                "Viết tên loại, ví dụ: type: Quyết định");
            return null;
        }

        var document = converter.Parse(markdown.Body);
        var links = bodyChecks.Check(file.DisplayPath, markdown.BodyFirstLine, document, diagnostics);

        if (title is null || number is null || type is null || issuer is null || issued is null) return null;
        var slug = Urls.Slug.From(Path.GetFileNameWithoutExtension(file.Path));
        var parsed = new OfficialDocument(file.DisplayPath, slug, title, number, type, typeSlug, issuer, signer, issued.Value, effective,
            attached, sample, converter.ToHtml(document));
        return new ParsedDocument(parsed, frontMatter.LineOf("number"), frontMatter.LineOf("type")) { BodyLinks = links };

        DateTimeOffset? ReadDate(FieldReader reader, string key, bool required) =>
            reader.Date(key, settings.Zone, required) is { } date ? SiteTime.ToLocal(date, settings.Zone) : null;
    }
}
