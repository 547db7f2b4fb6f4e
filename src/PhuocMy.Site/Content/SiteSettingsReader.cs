using PhuocMy.Site.Urls;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Sources;
using YamlDotNet.RepresentationModel;

namespace PhuocMy.Site.Content;

public static class SiteSettingsReader
{
    public const string FileName = "site.yml";

    public static SiteSettings? Read(SourceTree tree, string? baseUrlOverride, DiagnosticBag diagnostics)
    {
        var file = tree.Find(FileName);
        if (file is null)
        {
            diagnostics.Error("input/" + FileName, null, "Không có tệp cấu hình trang.", "Tạo input/site.yml với ít nhất: title, base_url, categories.");
            return null;
        }

        if (SourceText.Read(file, diagnostics) is not { } text) return null;
        var values = FrontMatterParser.ReadMapping(file.DisplayPath, text, diagnostics, lineOffset: 0);
        if (values is null) return null;

        var frontMatter = new FrontMatter(values, 1);
        var fields = new FieldReader(file.DisplayPath, frontMatter, diagnostics);
        var title = fields.RequiredText("title", "Cổng thông tin điện tử phường ...");
        var baseUrlText = baseUrlOverride ?? fields.OptionalText("base_url") ?? "/";
        var postsPerPage = fields.Integer("posts_per_page") ?? 10;
        if (postsPerPage < 1)
            diagnostics.Error(file.DisplayPath, frontMatter.LineOf("posts_per_page"), "posts_per_page phải lớn hơn 0.", "Ví dụ: posts_per_page: 10");

        TimeZoneInfo zone;
        try
        {
            zone = SiteTime.Zone(fields.OptionalText("timezone"));
        }
        catch (TimeZoneNotFoundException)
        {
            diagnostics.Error(file.DisplayPath, frontMatter.LineOf("timezone"), "Không biết múi giờ này.", $"Dùng: timezone: {SiteTime.DefaultZoneId}");
            zone = SiteTime.Zone(null);
        }

        if (!Uri.TryCreate(baseUrlText.EndsWith('/') ? baseUrlText : baseUrlText + "/", UriKind.Absolute, out var baseUrl))
            baseUrl = new Uri("http://localhost/");

        var categories = ReadCategories(file.DisplayPath, frontMatter, diagnostics);
        var plain = values.ToDictionary(kv => kv.Key, kv => YamlValues.ToPlain(kv.Value));
        plain["base_url"] = baseUrl.ToString();

        return title is null
            ? null
            : new SiteSettings(title, baseUrl, fields.OptionalText("language") ?? "vi", postsPerPage, zone, categories, plain);
    }

    private static List<CategoryDefinition> ReadCategories(string path, FrontMatter frontMatter, DiagnosticBag diagnostics)
    {
        var result = new List<CategoryDefinition>();
        if (!frontMatter.Values.TryGetValue("categories", out var node)) return result;
        if (node is not YamlSequenceNode sequence)
        {
            diagnostics.Error(path, frontMatter.LineOf("categories"), "'categories' phải là một danh sách chuyên mục.", "Mỗi dòng: - { name: Tin tức - Sự kiện, slug: tin-tuc-su-kien }");
            return result;
        }

        foreach (var item in sequence.Children)
        {
            var line = (int)item.Start.Line;
            if (item is not YamlMappingNode mapping || Get(mapping, "name") is not { } name)
            {
                diagnostics.Error(path, line, "Mỗi chuyên mục cần có 'name'.", "Ví dụ: - { name: Thông báo, slug: thong-bao }");
                continue;
            }
            var slug = Get(mapping, "slug") ?? Slug.From(name);
            if (!Slug.IsValid(slug))
                diagnostics.Error(path, line, $"Slug '{slug}' của chuyên mục '{name}' không hợp lệ.", $"Dùng chữ thường không dấu và dấu gạch ngang, ví dụ: {Slug.From(slug)}");
            if (result.Any(c => c.Slug == slug || c.Name == name))
                diagnostics.Error(path, line, $"Chuyên mục '{name}' ({slug}) bị khai báo trùng.", "Mỗi chuyên mục chỉ khai báo một lần.");
            result.Add(new CategoryDefinition(name, slug, Get(mapping, "description"), Get(mapping, "main") is "true"));
        }
        return result;
    }

    private static string? Get(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;
}
