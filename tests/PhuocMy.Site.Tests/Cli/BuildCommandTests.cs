using PhuocMy.Site.Testing;
using PhuocMy.Site.Cli;
using PhuocMy.Site.Tests.Support;

namespace PhuocMy.Site.Tests.Cli;

/// <summary>The command line over real folders: exit codes, and a failed build that leaves the old output alone.</summary>
public sealed class BuildCommandTests : IDisposable
{
    private readonly string root = TempFolders.Create("cli");
    private string Input => Path.Combine(root, "input");
    private string Output => Path.Combine(root, "out");

    public BuildCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(Input, "posts"));
        File.WriteAllText(Path.Combine(Input, "site.yml"), TestSite.Settings);
        WritePost("---\ntitle: Tin A\ndate: 2020-07-15\n---\nMở đầu.\n");
    }

    private void WritePost(string text) => File.WriteAllText(Path.Combine(Input, "posts", "tin-a.md"), text);

    private int Build(params string[] extra) =>
        Program.Main(["build", "--input", Input, "--theme", RepositoryPaths.Theme, "--output", Output, .. extra]);

    private Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));

    [Fact]
    public void Success_writes_the_site_and_exits_0()
    {
        Assert.Equal(0, Build());
        Assert.True(File.Exists(Path.Combine(Output, "tin-tuc", "tin-a", "index.html")));
        Assert.True(File.Exists(Path.Combine(Output, "index.html")));
    }

    [Fact]
    public void Content_errors_exit_1_and_leave_the_previous_output_exactly_as_it_was()
    {
        Assert.Equal(0, Build());
        var before = Snapshot(Output);
        var inputBefore = Snapshot(Input);

        WritePost("---\ntitle: Tin A\ndate: không phải ngày\n---\nMở đầu.\n");
        Assert.Equal(1, Build());

        Assert.Equal(before, Snapshot(Output));
        Assert.Equal(inputBefore.Keys, Snapshot(Input).Keys);
    }

    [Fact]
    public void Usage_errors_exit_2()
    {
        Assert.Equal(2, Program.Main(["build", "--khong-co"]));
        Assert.Equal(2, Program.Main(["build", "--base-url", "khong-phai-url"]));
    }

    [Fact]
    public void Refuses_an_output_folder_that_holds_the_input()
    {
        Assert.Equal(1, Program.Main(["build", "--input", Input, "--theme", RepositoryPaths.Theme, "--output", root]));
        Assert.True(File.Exists(Path.Combine(Input, "site.yml")));
    }

    [Fact]
    public void Refuses_to_clean_a_folder_it_did_not_make()
    {
        var foreign = Path.Combine(root, "tai-lieu");
        Directory.CreateDirectory(foreign);
        File.WriteAllText(Path.Combine(foreign, "quan-trong.docx"), "x");
        Assert.Equal(1, Program.Main(["build", "--input", Input, "--theme", RepositoryPaths.Theme, "--output", foreign]));
        Assert.True(File.Exists(Path.Combine(foreign, "quan-trong.docx")));
    }

    [Fact]
    public void Removes_pages_the_site_no_longer_has()
    {
        Assert.Equal(0, Build());
        File.Move(Path.Combine(Input, "posts", "tin-a.md"), Path.Combine(Input, "posts", "tin-b.md"));
        Assert.Equal(0, Build());
        Assert.False(Directory.Exists(Path.Combine(Output, "tin-tuc", "tin-a")));
        Assert.True(File.Exists(Path.Combine(Output, "tin-tuc", "tin-b", "index.html")));
    }

    public void Dispose() => TempFolders.Delete(root);
}
