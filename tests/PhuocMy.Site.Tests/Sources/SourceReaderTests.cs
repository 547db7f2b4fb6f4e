using PhuocMy.Site.Testing;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Tests.Sources;

/// <summary>Reading input/ from disk: links never lead out, loops are named, stray files are left out with a warning.</summary>
public sealed class SourceReaderTests : IDisposable
{
    private readonly string root = TempFolders.Create("sources");
    private string Input => Path.Combine(root, "input");
    private string Theme => Path.Combine(root, "theme");

    public SourceReaderTests()
    {
        Directory.CreateDirectory(Path.Combine(Input, "images"));
        Directory.CreateDirectory(Theme);
        File.WriteAllText(Path.Combine(Input, "images", "anh.png"), "png");
    }

    private SourceTree Read() => SourceTree.FromDisk(Input, Theme);

    private void Link(string at, string target) => File.CreateSymbolicLink(Path.Combine(Input, at), target);

    private static Diagnostic Problem(SourceTree tree, string file) =>
        Assert.Single(tree.Problems, p => p.File == file);

    [Fact]
    public void A_link_to_a_file_outside_input_is_refused_and_not_read()
    {
        Link("images/passwd.txt", "/etc/passwd");
        var tree = Read();
        var problem = Problem(tree, "input/images/passwd.txt");
        Assert.Equal(Severity.Error, problem.Severity);
        Assert.Contains("/etc/passwd", problem.Message);
        Assert.Null(tree.Find("images/passwd.txt"));
    }

    [Fact]
    public void A_link_to_a_folder_outside_input_is_refused()
    {
        var secret = Path.Combine(root, "rieng");
        Directory.CreateDirectory(secret);
        File.WriteAllText(Path.Combine(secret, "mat-khau.txt"), "bí mật");
        Link("images/rieng", secret);
        var tree = Read();
        Assert.Equal(Severity.Error, Problem(tree, "input/images/rieng").Severity);
        Assert.DoesNotContain(tree.Files, f => f.Path.Contains("mat-khau", StringComparison.Ordinal));
    }

    [Fact]
    public void A_relative_link_that_only_looks_inside_is_judged_where_it_really_leads()
    {
        var outside = Path.Combine(root, "ngoai", "sau");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(root, "ngoai", "x.txt"), "ngoài");
        Link("images/cua", outside);
        Link("x.txt", "images/cua/../x.txt");
        var tree = Read();
        Assert.Null(tree.Find("x.txt"));
        Assert.Equal(Severity.Error, Problem(tree, "input/x.txt").Severity);
    }

    [Fact]
    public void Links_that_stay_inside_input_are_followed()
    {
        Directory.CreateDirectory(Path.Combine(Input, "chung"));
        File.WriteAllText(Path.Combine(Input, "chung", "logo.svg"), "<svg/>");
        Link("images/chung", "../chung");
        Link("images/logo.svg", "../chung/logo.svg");
        var tree = Read();
        Assert.Empty(tree.Problems);
        Assert.NotNull(tree.Find("images/chung/logo.svg"));
        Assert.NotNull(tree.Find("images/logo.svg"));
    }

    [Fact]
    public void A_link_back_to_its_own_folder_is_a_loop_not_an_endless_walk()
    {
        Link("images/vong", "..");
        var problem = Problem(Read(), "input/images/vong");
        Assert.Equal(Severity.Error, problem.Severity);
        Assert.Contains("vòng lặp", problem.Message);
    }

    [Fact]
    public void Links_pointing_at_each_other_are_a_loop()
    {
        Link("images/a.png", "b.png");
        Link("images/b.png", "a.png");
        var tree = Read();
        Assert.Contains("vòng lặp", Problem(tree, "input/images/a.png").Message);
        Assert.Contains("vòng lặp", Problem(tree, "input/images/b.png").Message);
    }

    [Fact]
    public void A_dangling_link_is_named()
    {
        Link("images/mat.png", "khong-co.png");
        Assert.Contains("không tồn tại", Problem(Read(), "input/images/mat.png").Message);
    }

    [Theory]
    [InlineData("posts/bai-nhap.md~")]
    [InlineData("posts/bai.md.bak")]
    [InlineData("site.yml.bak")]
    [InlineData("posts/.bai.md.swp")]
    [InlineData("posts/bai.md.orig")]
    [InlineData("images/Thumbs.db")]
    [InlineData("images/._anh.png")]
    [InlineData(".DS_Store")]
    [InlineData("tai-ve/~$bieu-mau.docx")]
    public void Backup_temporary_and_system_files_are_left_out_with_a_warning(string path)
    {
        var full = Path.Combine(Input, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, "nội dung nháp riêng");
        var tree = Read();
        Assert.Null(tree.Find(path));
        Assert.Equal(Severity.Warning, Problem(tree, "input/" + path).Severity);
    }

    [Fact]
    public void A_file_too_large_for_the_site_is_refused_without_being_read()
    {
        using (var huge = File.Create(Path.Combine(Input, "images", "phim.mp4")))
            huge.SetLength(SourceReader.MaxFileBytes + 1);
        var tree = Read();
        Assert.Null(tree.Find("images/phim.mp4"));
        Assert.Contains("100 MB", Problem(tree, "input/images/phim.mp4").Message);
    }

    [Fact]
    public void Reading_never_changes_the_inputs()
    {
        Link("images/vong", "..");
        File.WriteAllText(Path.Combine(Input, "bai.md~"), "x");
        var before = Directory.EnumerateFileSystemEntries(Input, "*", SearchOption.TopDirectoryOnly).Order().ToList();
        Read();
        Assert.Equal(before, Directory.EnumerateFileSystemEntries(Input, "*", SearchOption.TopDirectoryOnly).Order().ToList());
        Assert.True(File.Exists(Path.Combine(Input, "bai.md~")));
    }

    public void Dispose() => TempFolders.Delete(root);
}
