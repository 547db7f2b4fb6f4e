using System.Text;
using PhuocMy.Site.Content;
using YamlDotNet.Serialization;

namespace PhuocMy.Site.Features.Editor;

/// <summary>
/// Decap CMS's <c>config.yml</c>, made from the site's settings: Vietnamese interface, the GitHub backend with the
/// editorial workflow (draft → review → publish is a branch, a pull request, a merge), the local backend on one's own
/// machine, photos into <c>input/images/</c> and slugs made as the generator makes them (no diacritics, đ → d).
/// </summary>
public static class CmsConfig
{
    /// <summary>decap-server's address; the /admin/ policy allows it, and only a browser on the same machine reaches it.</summary>
    public const string LocalBackendUrl = "http://127.0.0.1:8081/api/v1";

    /// <summary>Where photos go: the build makes every size from them (a 4–8 MB phone photo is fine).</summary>
    public const string MediaFolder = "input/images";
    public const string PublicFolder = "/images";

    public static byte[] Write(SiteSettings settings)
    {
        var editor = EditorSettings.From(settings);
        var config = new Dictionary<string, object?>
        {
            ["locale"] = "vi",
            ["backend"] = new Dictionary<string, object?>
            {
                ["name"] = "github",
                ["repo"] = editor.Repository,
                ["branch"] = editor.Branch,
                ["commit_messages"] = CommitMessages(),
            },
            ["local_backend"] = new Dictionary<string, object?> { ["url"] = LocalBackendUrl, ["allowed_hosts"] = new[] { "localhost", "127.0.0.1" } },
            ["publish_mode"] = "editorial_workflow",
            ["site_url"] = settings.BaseUrl.ToString(),
            ["display_url"] = settings.BaseUrl.ToString(),
            ["logo_url"] = "/assets/logo.svg",
            ["media_folder"] = MediaFolder,
            ["public_folder"] = PublicFolder,
            ["show_preview_links"] = true,
            ["slug"] = new Dictionary<string, object?> { ["encoding"] = "ascii", ["clean_accents"] = true, ["sanitize_replacement"] = "-" },
            ["collections"] = CmsCollections.All(settings),
        };
        var yaml = new SerializerBuilder().DisableAliases().Build().Serialize(config);
        return Encoding.UTF8.GetBytes("# Cấu hình trình soạn bài /admin/ (Decap CMS). Tệp do trình dựng trang tạo ra từ input/site.yml: đừng sửa tay.\n" + yaml);
    }

    private static Dictionary<string, object?> CommitMessages() => new()
    {
        ["create"] = "Thêm {{collection}} “{{slug}}”",
        ["update"] = "Sửa {{collection}} “{{slug}}”",
        ["delete"] = "Xóa {{collection}} “{{slug}}”",
        ["uploadMedia"] = "Tải lên “{{path}}”",
        ["deleteMedia"] = "Xóa “{{path}}”",
        ["openAuthoring"] = "{{message}}",
    };
}
