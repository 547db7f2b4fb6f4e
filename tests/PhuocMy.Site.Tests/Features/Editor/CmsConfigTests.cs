using PhuocMy.Site.Content;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Features.Editor;
using PhuocMy.Site.Sources;
using PhuocMy.Site.Testing;
using YamlDotNet.RepresentationModel;

namespace PhuocMy.Site.Tests.Features.Editor;

/// <summary>The editor's config.yml comes from site.yml and the content model: a new category appears after a build.</summary>
public sealed class CmsConfigTests
{
    [Fact]
    public void Categories_are_those_of_site_yml_and_a_new_one_appears_after_the_next_build()
    {
        var siteYml = File.ReadAllText(Path.Combine(RepositoryPaths.Input, "site.yml"));
        var real = Config(siteYml);
        var posts = Collection(real, "posts");
        Assert.Equal("input/posts", Scalar(posts, "folder"));
        Assert.Equal("{{year}}/{{slug}}", Scalar(posts, "path"));
        Assert.Equal(["Tin tức - Sự kiện", "Xây dựng Đảng", "Kinh tế - Xã hội", "Văn hóa - Xã hội", "Quốc phòng - An ninh", "Thông báo"], Options(posts, "category"));
        Assert.Equal("vi", Scalar(real, "locale"));
        Assert.Equal("editorial_workflow", Scalar(real, "publish_mode"));
        Assert.Equal("input/images", Scalar(real, "media_folder"));
        foreach (var name in new[] { "posts", "pages", "documents", "schedule", "data" }) Collection(real, name);

        var added = siteYml.Replace("categories:\n", "categories:\n  - { name: Đời sống đô thị, slug: doi-song-do-thi }\n", StringComparison.Ordinal);
        Assert.NotEqual(siteYml, added);
        Assert.Contains("Đời sống đô thị", Options(Collection(Config(added), "posts"), "category"));
    }

    private static YamlMappingNode Config(string siteYml)
    {
        var diagnostics = new DiagnosticBag();
        var tree = SourceTree.FromMemory(new Dictionary<string, string>(), new Dictionary<string, string> { ["site.yml"] = siteYml });
        var settings = SiteSettingsReader.Read(tree, null, diagnostics);
        Assert.NotNull(settings);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(System.Text.Encoding.UTF8.GetString(CmsConfig.Write(settings))));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static string? Scalar(YamlMappingNode node, string key) => (node.Children[new YamlScalarNode(key)] as YamlScalarNode)?.Value;

    private static YamlMappingNode Collection(YamlMappingNode config, string name) =>
        ((YamlSequenceNode)config.Children[new YamlScalarNode("collections")]).Children.Cast<YamlMappingNode>().Single(c => Scalar(c, "name") == name);

    private static string[] Options(YamlMappingNode collection, string field) =>
        ((YamlSequenceNode)((YamlSequenceNode)collection.Children[new YamlScalarNode("fields")]).Children.Cast<YamlMappingNode>()
            .Single(f => Scalar(f, "name") == field).Children[new YamlScalarNode("options")]).Children.Cast<YamlScalarNode>().Select(s => s.Value!).ToArray();
}
