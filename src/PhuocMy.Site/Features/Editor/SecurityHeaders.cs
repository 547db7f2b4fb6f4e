using System.Text;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Sources;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PhuocMy.Site.Features.Editor;

/// <summary>
/// The two header sets that cannot share a rule: the site's strict policy (no inline script or style) and the looser
/// one the editor needs at <c>/admin/</c>. Both are written in <c>theme/admin/_headers.yml</c>; the build writes them
/// into Netlify's <c>_headers</c> file, the strict set on paths matching everything except <c>/admin/</c>
/// (<see cref="PathComplement"/>), so no address ever gets two policies. Headers both can share stay in netlify.toml.
/// </summary>
public sealed class SecurityHeaders(IReadOnlyList<KeyValuePair<string, string>> site, IReadOnlyList<KeyValuePair<string, string>> admin)
{
    public const string SourcePath = "admin/_headers.yml";
    public const string OutputPath = "_headers";
    public const string AdminFolder = "admin";

    public IReadOnlyList<KeyValuePair<string, string>> Site => site;
    public IReadOnlyList<KeyValuePair<string, string>> Admin => admin;

    public static SecurityHeaders? Read(SourceTree tree, DiagnosticBag diagnostics) =>
        tree.FindInTheme(SourcePath) is { } file && SourceText.Read(file, diagnostics) is { } text ? Parse(text, file.DisplayPath, diagnostics) : null;

    /// <summary>The two header sets written in <paramref name="text"/> (the content of <see cref="SourcePath"/>), or null with the reason.</summary>
    public static SecurityHeaders? Parse(string text, string displayPath, DiagnosticBag diagnostics)
    {
        try
        {
            var stream = new YamlStream();
            PhuocMy.Site.Content.SafeYamlLoader.Load(stream, text);
            var root = stream.Documents.SingleOrDefault()?.RootNode as YamlMappingNode;
            var site = Section(root, "site");
            var admin = Section(root, "admin");
            if (site.Count > 0 && admin.Count > 0) return new SecurityHeaders(site, admin);
            diagnostics.Error(displayPath, null, "Tệp cần hai mục 'site:' và 'admin:', mỗi mục có ít nhất một header.",
                "Viết: site: { Content-Security-Policy: \"…\" } và admin: { Content-Security-Policy: \"…\" }");
        }
        catch (YamlException error)
        {
            diagnostics.Error(displayPath, (int)error.Start.Line, $"Không đọc được tệp: {error.Message}", "Sửa cú pháp YAML ở dòng này.");
        }
        return null;
    }

    public byte[] ToNetlifyFile()
    {
        var text = new StringBuilder("# Tệp do trình dựng trang tạo ra từ theme/admin/_headers.yml. Chính sách chặt cho mọi địa chỉ trừ /admin/;\n")
            .Append("# /admin/ (trình soạn bài) có chính sách riêng. Netlify gộp mọi quy tắc khớp một địa chỉ, nên hai bộ không được chồng lên nhau.\n");
        foreach (var path in PathComplement.Outside(AdminFolder)) Rule(text, path, Site);
        foreach (var path in PathComplement.Inside(AdminFolder)) Rule(text, path, Admin);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static void Rule(StringBuilder text, string path, IReadOnlyList<KeyValuePair<string, string>> values)
    {
        text.Append(path).Append('\n');
        foreach (var (name, value) in values) text.Append("  ").Append(name).Append(": ").Append(value).Append('\n');
    }

    private static List<KeyValuePair<string, string>> Section(YamlMappingNode? root, string key)
    {
        if (root?.Children.TryGetValue(new YamlScalarNode(key), out var node) != true || node is not YamlMappingNode mapping) return [];
        return mapping.Children
            .Select(pair => new KeyValuePair<string, string>(((YamlScalarNode)pair.Key).Value ?? "", (pair.Value as YamlScalarNode)?.Value?.Trim() ?? ""))
            .Where(pair => pair.Key.Length > 0 && pair.Value.Length > 0)
            .ToList();
    }
}
