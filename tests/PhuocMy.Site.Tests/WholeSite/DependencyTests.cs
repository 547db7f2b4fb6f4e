using PhuocMy.Site.Tests.Support;

namespace PhuocMy.Site.Tests.WholeSite;

/// <summary>Every output names the inputs that feed it: what a preview server needs to rebuild only what an edit touches.</summary>
public class DependencyTests
{
    private static IReadOnlyList<string> SourcesOf(Pipeline.GenerationResult result, string path) =>
        result.Files.Single(f => f.Path == path).Sources;

    [Fact]
    public void Pages_list_the_files_they_are_made_from()
    {
        var result = new TestSite()
            .Post("a", "Tin A", "2020-07-15", "Xây dựng Đảng")
            .Post("b", "Tin B", "2020-07-16", "Thông báo")
            .With("images/x.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
            .Generate();
        Assert.True(result.Succeeded, TestSite.Describe(result));

        Assert.Equal(["input/site.yml", "input/posts/a.md"], SourcesOf(result, "tin-tuc/a/index.html"));
        Assert.Contains("input/posts/a.md", SourcesOf(result, "chuyen-muc/xay-dung-dang/index.html"));
        Assert.DoesNotContain("input/posts/b.md", SourcesOf(result, "chuyen-muc/xay-dung-dang/index.html"));
        Assert.Contains("input/posts/b.md", SourcesOf(result, "luu-tru/2020/07/index.html"));
        Assert.Equal(["input/images/x.svg"], SourcesOf(result, "images/x.svg"));
        Assert.Equal(["theme/assets/css/site.css"], SourcesOf(result, "assets/css/site.css"));
    }
}
