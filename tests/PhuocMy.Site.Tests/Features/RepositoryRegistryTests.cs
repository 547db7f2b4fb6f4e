using PhuocMy.Site.Testing;
using PhuocMy.Site.Tests.Support;
using System.Globalization;
using static PhuocMy.Site.Tests.Support.TestSite;

namespace PhuocMy.Site.Tests.Features;

/// <summary>The repository's own văn bản and lịch công tác each get their pages.</summary>
public sealed class RepositoryRegistryTests
{
    [Fact]
    public void Every_real_document_and_week_gets_a_page()
    {
        // That the real site has no problem at all is RealSiteTests' job; this one checks every entry has its page.
        var result = RealSite.Result;
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
