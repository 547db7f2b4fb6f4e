using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PhuocMy.Site.Features.Documents;
using PhuocMy.Site.Features.Schedule;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Quality;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Tests.Features;

/// <summary>
/// A small site in memory for the văn bản and lịch công tác features: the repository's real theme, a minimal
/// <c>site.yml</c> and the inputs a test adds, built with every page check.
/// </summary>
public sealed class RegistrySite
{
    private const string Settings = """
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
          - { title: Văn bản, url: /van-ban/ }
          - { title: Lịch công tác, url: /lich-cong-tac/ }
        categories:
          - { name: Tin tức - Sự kiện, slug: tin-tuc-su-kien, main: true }
        """;

    public static string RepositoryRoot { get; } = FindRoot();

    private static readonly Lazy<Dictionary<string, string>> RealTheme = new(() =>
    {
        var theme = Path.Combine(RepositoryRoot, "theme");
        return Directory.EnumerateFiles(theme, "*", SearchOption.AllDirectories)
            .Where(path => Path.GetExtension(path) is ".liquid" or ".css" or ".svg")
            .ToDictionary(path => Path.GetRelativePath(theme, path).Replace('\\', '/'), File.ReadAllText);
    });

    private readonly Dictionary<string, string> input = new() { ["site.yml"] = Settings };

    public DocumentsFeature Documents { get; } = new();
    public ScheduleFeature Schedule { get; } = new();

    public RegistrySite With(string path, string text)
    {
        input[path] = text;
        return this;
    }

    public RegistrySite Document(string slug, string number, string issued, string type = "Kế hoạch", string issuer = "UBND phường Thử Nghiệm",
        string? title = null, string extra = "", string body = "") =>
        With($"documents/{slug}.md",
            $"---\ntitle: {title ?? $"Văn bản {number}"}\nnumber: {number}\ntype: {type}\nissuer: {issuer}\nissued: {issued}\n{extra}---\n{body}");

    public GenerationResult Generate() =>
        new SiteGenerator([Documents, Schedule], PageChecks.All).Generate(SourceTree.FromMemory(RealTheme.Value, input), new GenerationOptions());

    /// <summary>The real site: the repository's input and theme folders, with the standard features plus the schedule.</summary>
    public static GenerationResult GenerateRepository(IReadOnlyList<IPageCheck>? checks = null) =>
        new SiteGenerator([.. StandardFeatures.Default().Where(f => f is not ScheduleFeature), new ScheduleFeature()], checks ?? PageChecks.All).Generate(
            SourceTree.FromDisk(Path.Combine(RepositoryRoot, "input"), Path.Combine(RepositoryRoot, "theme")), new GenerationOptions());

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

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "PhuocMy.Site.sln"))) return folder.FullName;
        throw new InvalidOperationException("PhuocMy.Site.sln not found above " + AppContext.BaseDirectory);
    }
}
