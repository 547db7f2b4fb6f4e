using PhuocMy.Site.Testing;
using PhuocMy.Site.Cli;
using PhuocMy.Site.Tests.Support;

namespace PhuocMy.Site.Tests.Cli;

public sealed class NewCommandTests : IDisposable
{
    // The build keeps its cache and marker beside the output folder: both inside this one.
    private readonly string root = TempFolders.Create("new");

    private readonly string input;

    public NewCommandTests() => input = Directory.CreateDirectory(Path.Combine(root, "input")).FullName;

    [Fact]
    public void New_post_starts_a_draft_from_the_archetype_that_then_builds()
    {
        File.WriteAllText(Path.Combine(input, "site.yml"), TestSite.Settings);
        var code = Program.Main(["new", "post", "Ra quân vệ sinh: môi trường biển", "--category", "Thông báo", "--input", input, "--theme", RepositoryPaths.Theme]);
        Assert.Equal(0, code);

        var file = Directory.EnumerateFiles(Path.Combine(input, "posts"), "*.md", SearchOption.AllDirectories).Single();
        Assert.Equal("ra-quan-ve-sinh-moi-truong-bien.md", Path.GetFileName(file));
        var text = File.ReadAllText(file);
        Assert.Contains("title: \"Ra quân vệ sinh: môi trường biển\"", text);
        Assert.Contains("category: Thông báo", text);
        Assert.Contains("draft: true", text);

        var output = Path.Combine(input, "..", Path.GetFileName(input) + "-out");
        try
        {
            Assert.Equal(0, Program.Main(["build", "--input", input, "--theme", RepositoryPaths.Theme, "--output", output, "--drafts"]));
            Assert.True(File.Exists(Path.Combine(output, "tin-tuc", "ra-quan-ve-sinh-moi-truong-bien", "index.html")));
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void Never_overwrites_an_existing_file()
    {
        Assert.Equal(0, Program.Main(["new", "page", "Giới thiệu", "--input", input, "--theme", RepositoryPaths.Theme]));
        var path = Path.Combine(input, "pages", "gioi-thieu.md");
        File.WriteAllText(path, "nội dung của biên tập viên");
        Assert.Equal(1, Program.Main(["new", "page", "Giới thiệu", "--input", input, "--theme", RepositoryPaths.Theme]));
        Assert.Equal("nội dung của biên tập viên", File.ReadAllText(path));
    }

    public void Dispose() => TempFolders.Delete(root);
}
