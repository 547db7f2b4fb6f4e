using PhuocMy.Site.Tests.Support;

namespace PhuocMy.Site.Tests.WholeSite;

/// <summary>
/// Every output names the inputs that fed it, as recorded while it was made (not listed by hand): what a preview
/// needs to know which pages an edit touches.
/// </summary>
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

        var post = SourcesOf(result, "tin-tuc/a/index.html");
        Assert.Contains("input/posts/a.md", post);
        Assert.Contains("input/site.yml", post);
        Assert.Contains("theme/_layouts/post.liquid", post);
        Assert.Contains("theme/_layouts/base.liquid", post);
        Assert.Contains("theme/assets/css/site.css", post);
        Assert.Contains("input/posts/b.md", post); // its neighbour's title is shown

        var category = SourcesOf(result, "chuyen-muc/xay-dung-dang/index.html");
        Assert.Contains("input/posts/a.md", category);
        Assert.DoesNotContain("input/posts/b.md", category);
        Assert.Contains("input/posts/b.md", SourcesOf(result, "luu-tru/2020/07/index.html"));
        Assert.Equal(["input/images/x.svg"], SourcesOf(result, "images/x.svg"));
        Assert.Equal(["theme/assets/css/site.css"], SourcesOf(result, "assets/css/site.css"));
    }

    [Fact]
    public void The_seed_post_lists_its_tables_templates_partials_stylesheets_and_the_posts_it_names()
    {
        var sources = SourcesOf(RealSite.Result, "tin-tuc/hoi-nghi-so-ket-6-thang-dau-nam-2020/index.html");
        Assert.Contains("input/posts/2020/hoi-nghi-so-ket-6-thang-dau-nam-2020.md", sources);
        Assert.Contains("input/site.yml", sources);
        Assert.Equal(3, sources.Count(s => s.StartsWith("input/data/", StringComparison.Ordinal)));
        Assert.Contains("theme/_layouts/post.liquid", sources);
        Assert.Contains(sources, s => s.StartsWith("theme/_includes/", StringComparison.Ordinal));
        Assert.Contains(sources, s => s.StartsWith("theme/assets/css/", StringComparison.Ordinal));
        Assert.True(sources.Count(s => s.StartsWith("input/posts/", StringComparison.Ordinal)) >= 4, string.Join(", ", sources));
    }
}
