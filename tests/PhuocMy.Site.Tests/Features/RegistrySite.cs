using AngleSharp.Dom;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Quality;
using PhuocMy.Site.Sources;
using PhuocMy.Site.Tests.Support;

namespace PhuocMy.Site.Tests.Features;

/// <summary>
/// A small site in memory for the văn bản and lịch công tác features: the repository's real theme, a minimal
/// <c>site.yml</c> and the inputs a test adds, built with every page check.
/// </summary>
public sealed class RegistrySite
{
    private readonly TestSite site = new();

    public RegistrySite With(string path, string text)
    {
        site.With(path, text);
        return this;
    }

    public RegistrySite Document(string slug, string number, string issued, string type = "Kế hoạch", string issuer = "UBND phường Thử Nghiệm",
        string? title = null, string extra = "", string body = "") =>
        With($"documents/{slug}.md",
            $"---\ntitle: {title ?? $"Văn bản {number}"}\nnumber: {number}\ntype: {type}\nissuer: {issuer}\nissued: {issued}\n{extra}---\n{body}");

    public GenerationResult Generate() => site.Generate();

    /// <summary>The real site: the repository's input and theme folders with the standard features.</summary>
    public static GenerationResult GenerateRepository(IReadOnlyList<IPageCheck>? checks = null) =>
        new SiteGenerator(StandardFeatures.Default(), checks ?? PageChecks.All).Generate(
            SourceTree.FromDisk(RepositoryPaths.Input, RepositoryPaths.Theme), new GenerationOptions());

    public static string Html(GenerationResult result, string path) => TestSite.Html(result, path);
    public static IDocument Dom(GenerationResult result, string path) => TestSite.Dom(result, path);
    public static string Describe(GenerationResult result) => TestSite.Describe(result);
    public static GenerationResult Clean(GenerationResult result) => TestSite.Clean(result);
    public static Diagnostic SingleError(GenerationResult result) => TestSite.SingleError(result);
    public static string Text(IElement? element) => TestSite.Text(element);
}
