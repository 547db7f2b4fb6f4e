using PhuocMy.Site.Composition;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Testing;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Quality;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Tests.Support;

/// <summary>A small site in memory: the real theme plus the input files a test gives, built without touching disk.</summary>
public sealed class TestSite
{
    public const string Settings = """
        title: Cổng thông tin điện tử phường Thử Nghiệm
        short_title: Phường Thử Nghiệm
        description: Trang thử nghiệm của bộ dựng trang.
        base_url: https://thu-nghiem.example.org/
        posts_per_page: 3
        organisation: UBND phường Thử Nghiệm
        address: Số 1 đường Thử, Đà Nẵng
        phone: "0236 0000 000"
        email: thu-nghiem@example.org
        menu:
          - { title: Trang chủ, url: / }
          - { title: Lưu trữ, url: /luu-tru/ }
          - { title: Văn bản, url: /van-ban/ }
          - { title: Lịch công tác, url: /lich-cong-tac/ }
        categories:
          - { name: Tin tức - Sự kiện, slug: tin-tuc-su-kien, main: true }
          - { name: Xây dựng Đảng, slug: xay-dung-dang, main: true }
          - { name: Thông báo, slug: thong-bao, main: false }
        """;

    /// <summary>Theme files that are not text (the sharing cards' font), kept as bytes.</summary>
    private static readonly string[] BinaryExtensions = [".png", ".ttf", ".otf"];

    private static readonly Lazy<Dictionary<string, string>> RealTheme = new(() =>
        Directory.EnumerateFiles(RepositoryPaths.Theme, "*", SearchOption.AllDirectories)
            .Where(path => !IsBinary(path))
            .ToDictionary(ThemePath, File.ReadAllText));

    private static readonly Lazy<SourceFile[]> RealThemeBinaries = new(() =>
        Directory.EnumerateFiles(RepositoryPaths.Theme, "*", SearchOption.AllDirectories)
            .Where(IsBinary)
            .Select(path => new SourceFile(ThemePath(path), SourceLayer.Theme, File.ReadAllBytes(path)))
            .ToArray());

    private static bool IsBinary(string path) => BinaryExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    private static string ThemePath(string path) => Path.GetRelativePath(RepositoryPaths.Theme, path).Replace('\\', '/');

    private readonly Dictionary<string, string> input;
    private readonly Dictionary<string, string> theme = new(RealTheme.Value);
    private readonly Dictionary<string, byte[]> binaryInput = new(StringComparer.Ordinal);

    public TestSite(string settings = Settings) => input = new() { ["site.yml"] = settings };

    public TestSite With(string path, string text)
    {
        input[path] = text;
        return this;
    }

    /// <summary>An input file that is not text (a photo), kept as bytes.</summary>
    public TestSite WithBytes(string path, byte[] bytes)
    {
        binaryInput[path] = bytes;
        return this;
    }

    public TestSite WithTheme(string path, string text)
    {
        theme[path] = text;
        return this;
    }

    public TestSite Post(string slug, string title, string date, string? category = "Tin tức - Sự kiện", string tags = "[]", string body = "Đoạn mở đầu.\n\nNội dung bài.") =>
        With($"posts/{slug}.md", $"---\ntitle: {title}\ndate: {date}\n{(category is null ? "" : $"category: {category}\n")}tags: {tags}\n---\n{body}\n");

    public SourceTree Tree()
    {
        var text = SourceTree.FromMemory(theme, input);
        var binaries = RealThemeBinaries.Value.Where(file => !theme.ContainsKey(file.Path));
        var inputBinaries = binaryInput.Select(kv => new SourceFile(kv.Key, SourceLayer.Input, kv.Value));
        return new SourceTree(binaries.Concat(text.Files.Where(f => f.Layer == SourceLayer.Theme)), text.Files.Where(f => f.Layer == SourceLayer.Input).Concat(inputBinaries));
    }

    public GenerationResult Generate(GenerationOptions? options = null, IReadOnlyList<IPageCheck>? checks = null) =>
        new SiteGenerator(StandardSite.Features(), checks ?? PageChecks.All).Generate(Tree(), options ?? new GenerationOptions());

    public static string Html(GenerationResult result, string path)
    {
        var file = result.Files.SingleOrDefault(f => f.Path == path);
        Assert.True(file is not null, $"No {path} in the output.\n{Describe(result)}");
        return System.Text.Encoding.UTF8.GetString(file.Content.Span);
    }

    public static IDocument Dom(GenerationResult result, string path) => new HtmlParser().ParseDocument(Html(result, path));

    public static string Describe(GenerationResult result) => string.Join(Environment.NewLine, result.Diagnostics);

    /// <summary>The build succeeded with no diagnostic at all (not even a warning).</summary>
    public static GenerationResult Clean(GenerationResult result)
    {
        Assert.True(result.Diagnostics.Count == 0, Describe(result));
        return result;
    }

    /// <summary>The build failed with exactly one error, and produced nothing.</summary>
    public static Diagnostic SingleError(GenerationResult result)
    {
        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.True(errors.Count == 1, Describe(result));
        return errors[0];
    }

    public static string Text(IElement? element) => element?.TextContent.Trim() ?? "";
}
