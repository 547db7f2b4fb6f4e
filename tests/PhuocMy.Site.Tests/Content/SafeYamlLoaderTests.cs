using System.Text;
using PhuocMy.Site.Content;
using PhuocMy.Site.Tests.Support;
using YamlDotNet.RepresentationModel;
using static PhuocMy.Site.Tests.Support.TestSite;

namespace PhuocMy.Site.Tests.Content;

/// <summary>YAML that would exhaust memory or the stack, or break key readers, is refused at its file and line.</summary>
public sealed class SafeYamlLoaderTests
{
    /// <summary>Nine levels of nine aliases: about 400 bytes that expand to 9^9 (387 million) values.</summary>
    public static string AliasBomb(string key = "bom")
    {
        var yaml = new StringBuilder($"{key}a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (var level = 'b'; level <= 'i'; level++)
        {
            var previous = (char)(level - 1);
            yaml.Append($"{key}{level}: &{level} [").Append(string.Join(", ", Enumerable.Repeat("*" + previous, 9))).Append("]\n");
        }
        return yaml.ToString();
    }

    public static string DeepNesting(int depth = 20_000) => "sau: " + new string('[', depth) + new string(']', depth) + "\n";

    private static string Post(string extra) => $"---\ntitle: Tin\ndate: 2020-07-15\n{extra}---\nThân bài.\n";

    [Fact]
    public void An_alias_bomb_in_a_post_is_an_error_at_its_line()
    {
        var error = SingleError(new TestSite().With("posts/bom.md", Post(AliasBomb())).Generate());
        Assert.Equal("input/posts/bom.md", error.File);
        Assert.InRange(error.Line ?? 0, 4, 12);
        Assert.Contains("bí danh", error.Message);
        Assert.Contains("100.000", error.Message);
    }

    [Fact]
    public void An_alias_bomb_in_site_yml_is_an_error_in_site_yml()
    {
        var error = SingleError(new TestSite(Settings + "\n" + AliasBomb()).Generate());
        Assert.Equal("input/site.yml", error.File);
        Assert.NotNull(error.Line);
        Assert.Contains("bí danh", error.Message);
    }

    [Fact]
    public void Nesting_twenty_thousand_deep_is_an_error_not_a_stack_overflow()
    {
        var error = SingleError(new TestSite().With("posts/sau.md", Post(DeepNesting())).Generate());
        Assert.Equal("input/posts/sau.md", error.File);
        Assert.Equal(4, error.Line);
        Assert.Contains($"{SafeYamlLoader.MaxDepth} cấp", error.Message);
    }

    [Fact]
    public void Deep_nesting_in_a_schedule_names_the_schedule()
    {
        var error = SingleError(new TestSite().With("schedule/2025-06-16.yml", "week_start: 2025-06-16\n" + DeepNesting()).Generate());
        Assert.Equal("input/schedule/2025-06-16.yml", error.File);
        Assert.Equal(2, error.Line);
    }

    [Theory]
    [InlineData("? [a, b]\n: c\n")]
    [InlineData("? { a: b }\n: c\n")]
    [InlineData("x: &k ten\n*k : c\n")]
    public void A_complex_key_is_an_error_at_its_line(string yaml)
    {
        var error = SingleError(new TestSite().With("posts/khoa.md", Post(yaml)).Generate());
        Assert.Equal("input/posts/khoa.md", error.File);
        Assert.InRange(error.Line ?? 0, 4, 5);
        Assert.Contains("tên khóa", error.Message);
    }

    [Fact]
    public void A_complex_key_inside_a_value_is_refused_too()
    {
        var error = SingleError(new TestSite().With("posts/khoa.md", Post("meta: { ? [a]: b }\n")).Generate());
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void An_alias_inside_its_own_anchor_is_refused()
    {
        Assert.Throws<YamlLimitException>(() => SafeYamlLoader.Check("a: &a [x, *a]\n"));
    }

    [Fact]
    public void Ordinary_anchors_and_aliases_still_load()
    {
        var stream = new YamlStream();
        SafeYamlLoader.Load(stream, "mac_dinh: &md { main: true }\nmot: *md\nhai: *md\n");
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        Assert.Equal(3, root.Children.Count);
    }

    [Fact]
    public void Expansion_is_counted_through_aliases()
    {
        var small = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + string.Join("", Enumerable.Range(0, 20).Select(i => $"b{i}: *a\n"));
        SafeYamlLoader.Check(small);
        var error = Assert.Throws<YamlLimitException>(() => SafeYamlLoader.Check(AliasBomb()));
        Assert.InRange(error.Start.Line, 2, 9);
    }

    /// <summary>The loader reads the events the check kept; what it builds is what YamlDotNet builds from the text.</summary>
    [Theory]
    [InlineData("")]
    [InlineData("title: Tin\ndate: 2020-07-15\ntags: [a, b]\n")]
    [InlineData("mac_dinh: &md { main: true }\nmot: *md\nhai: !!str 12\nkhoi: |\n  dòng một\n  dòng hai\n")]
    [InlineData("a: 1\n---\nb: [x, {c: d}]\n...\n")]
    [InlineData("# chỉ chú thích\n")]
    public void Loads_what_YamlDotNet_loads_from_the_text(string yaml)
    {
        var expected = new YamlStream();
        expected.Load(new StringReader(yaml));

        var loaded = new YamlStream();
        SafeYamlLoader.Load(loaded, yaml);

        Assert.Equal(Saved(expected), Saved(loaded));
        Assert.Equal(Marks(expected), Marks(loaded));
    }

    [Theory]
    [InlineData("a: *khong_co\n")]
    [InlineData("a: 1\na: 2\n")]
    [InlineData("a: [b\n")]
    [InlineData("a: b: c\n")]
    public void Fails_as_YamlDotNet_fails_on_the_text(string yaml)
    {
        var expected = Record.Exception(() => new YamlStream().Load(new StringReader(yaml)));
        var failure = Record.Exception(() => SafeYamlLoader.Load(new YamlStream(), yaml));

        Assert.NotNull(expected);
        Assert.Equal(expected.GetType(), failure?.GetType());
        Assert.Equal(expected.Message, failure!.Message);
    }

    private static string Saved(YamlStream stream)
    {
        var text = new StringWriter();
        stream.Save(text, assignAnchors: false);
        return text.ToString();
    }

    private static List<string> Marks(YamlStream stream) =>
        stream.Documents.SelectMany(document => document.AllNodes).Select(node => $"{node.NodeType} {node.Start} {node.End} {node.Anchor} {node.Tag}").ToList();
}
