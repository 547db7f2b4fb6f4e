using PhuocMy.Site.Tests.Support;
using System.Globalization;
using static PhuocMy.Site.Tests.Features.RegistrySite;

namespace PhuocMy.Site.Tests.Features;

/// <summary>The repository's own văn bản and lịch công tác, built with the real theme and every page check.</summary>
public sealed class RepositoryRegistryTests
{
    private static readonly Lazy<PhuocMy.Site.Pipeline.GenerationResult> Result = new(() => GenerateRepository());

    private static bool Ours(PhuocMy.Site.Pipeline.Diagnostic diagnostic) =>
        diagnostic.File.StartsWith("input/documents/", StringComparison.Ordinal)
        || diagnostic.File.StartsWith("input/schedule/", StringComparison.Ordinal)
        || diagnostic.File.StartsWith("van-ban/", StringComparison.Ordinal)
        || diagnostic.File.StartsWith("lich-cong-tac/", StringComparison.Ordinal)
        || diagnostic.File.Contains("/document", StringComparison.Ordinal)
        || diagnostic.File.Contains("/schedule", StringComparison.Ordinal);

    [Fact]
    public void The_real_documents_and_schedule_have_no_problems()
    {
        var ours = Result.Value.Diagnostics.Where(Ours).ToList();
        Assert.True(ours.Count == 0, string.Join(Environment.NewLine, ours));
    }

    [Fact]
    public void Every_real_document_and_week_gets_a_page()
    {
        // Without page checks: pages of features built by others (e.g. /so-lieu/) may not be registered here, and
        // a broken menu link elsewhere would empty the output; the test above checks our pages.
        var result = GenerateRepository(checks: []);
        Assert.True(result.Succeeded, Describe(result));

        var documents = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Input, "documents"), "*.md").Select(Path.GetFileNameWithoutExtension);
        foreach (var slug in documents)
            Assert.Contains(result.Files, f => f.Path == $"van-ban/{slug}/index.html");

        var weeks = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Input, "schedule"), "*.yml").Select(Path.GetFileNameWithoutExtension).ToList();
        foreach (var monday in weeks)
            Assert.Contains(result.Files, f => f.Path == $"lich-cong-tac/{monday}/index.html");
        if (weeks.Count > 0)
            Assert.StartsWith($"Lịch công tác tuần từ {DateOnly.ParseExact(weeks.Max()!, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}",
                Text(Dom(result, "lich-cong-tac/index.html").QuerySelector("h1")));
    }
}
