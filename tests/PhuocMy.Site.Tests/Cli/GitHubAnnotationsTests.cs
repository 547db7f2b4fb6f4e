using PhuocMy.Site.Cli;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Testing;
using PhuocMy.Site.Tests.Support;

namespace PhuocMy.Site.Tests.Cli;

/// <summary><c>check --format github</c>: every problem as a GitHub workflow command, at its file and line, in Vietnamese.</summary>
public sealed class GitHubAnnotationsTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("phuocmy-annotations-").FullName;
    private string Input => Path.Combine(root, "input");

    public GitHubAnnotationsTests()
    {
        Write("site.yml", TestSite.Settings);
        Write("posts/tot.md", "---\ntitle: Bài viết đúng\ndate: 2025-06-10\n---\nMở đầu.\n");
    }

    private void Write(string path, string text)
    {
        var full = Path.Combine(Input, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private static string Annotate(params Diagnostic[] problems)
    {
        var writer = new StringWriter();
        GitHubAnnotations.Write(writer, problems, path => path);
        return writer.ToString().Split('\n')[0].TrimEnd('\r');
    }

    [Fact]
    public void An_error_with_a_line_and_a_fix_is_one_error_command_with_the_fix_on_its_second_line()
    {
        var line = Annotate(new Diagnostic(Severity.Error, "input/posts/hoi-nghi.md", 7, "Liên kết hỏng: /tin-tuc/khong-co/.", "Sửa địa chỉ hoặc xóa liên kết."));
        Assert.Equal("::error file=input/posts/hoi-nghi.md,line=7,title=Lỗi nội dung::Liên kết hỏng: /tin-tuc/khong-co/.%0ACách sửa: Sửa địa chỉ hoặc xóa liên kết.", line);
    }

    [Fact]
    public void A_warning_without_a_line_or_fix_names_only_its_file()
    {
        var line = Annotate(new Diagnostic(Severity.Warning, "input/data/dan-so.json", null, "Bảng chưa có nguồn."));
        Assert.Equal("::warning file=input/data/dan-so.json,title=Cảnh báo nội dung::Bảng chưa có nguồn.", line);
    }

    [Fact]
    public void Percent_signs_and_line_breaks_are_escaped_in_the_message_and_colons_and_commas_in_properties()
    {
        var line = Annotate(new Diagnostic(Severity.Error, "input/posts/a,b:c.md", 2, "Tỉ lệ 100% sai\r\ndòng hai: xong, hết"));
        Assert.Equal("::error file=input/posts/a%2Cb%3Ac.md,line=2,title=Lỗi nội dung::Tỉ lệ 100%25 sai%0D%0Adòng hai: xong, hết", line);
        Assert.Equal("50%25%0A", GitHubAnnotations.Message("50%\n"));
        Assert.Equal("a%3Ab%2Cc%25d%0Ae", GitHubAnnotations.Property("a:b,c%d\ne"));
    }

    [Fact]
    public void Vietnamese_text_is_written_as_it_is_in_NFC()
    {
        const string message = "Tiêu đề “Hội nghị tổng kết” thiếu ảnh đại diện ở phường Phước Mỹ.";
        var line = Annotate(new Diagnostic(Severity.Error, "input/posts/hội-nghị.md", 1, message));
        Assert.EndsWith("::" + message, line);
        Assert.Contains("file=input/posts/hội-nghị.md,", line);
        Assert.True(line.IsNormalized(System.Text.NormalizationForm.FormC));
    }

    [Fact]
    public void Paths_are_given_from_the_repository_root_wherever_the_input_and_theme_folders_are()
    {
        var paths = GitHubAnnotations.PathsFrom(root, Path.Combine(root, "noi-dung"), Path.Combine(root, "giao-dien"));
        Assert.Equal("noi-dung/posts/a.md", paths("input/posts/a.md"));
        Assert.Equal("giao-dien/layouts/post.liquid", paths("theme/layouts/post.liquid"));
        Assert.Equal("khac/x.md", paths(Path.Combine(root, "khac", "x.md")));
    }

    [Fact]
    public void Check_in_github_format_annotates_a_broken_link_at_its_line_of_the_markdown_file()
    {
        Write("posts/lien-ket.md", "---\ntitle: Có liên kết hỏng\ndate: 2025-06-13\n---\nMở đầu.\n\nXem [bài cũ](/tin-tuc/khong-co-bai-nay/).\n");
        var output = new StringWriter();
        var errors = new StringWriter();

        var exit = CheckCommand.Run(Input, RepositoryPaths.Theme, new GenerationOptions(), output, errors, ProblemFormat.GitHub, repositoryRoot: root);

        Assert.Equal(Program.ContentErrors, exit);
        var commands = output.ToString().Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("::", StringComparison.Ordinal)).ToList();
        var broken = Assert.Single(commands);
        Assert.StartsWith("::error file=input/posts/lien-ket.md,line=7,title=Lỗi nội dung::", broken);
        Assert.Contains("/tin-tuc/khong-co-bai-nay/", broken);
        Assert.Contains("Có lỗi cần sửa", output.ToString());
        Assert.DoesNotContain("::", errors.ToString());
    }

    [Fact]
    public void The_format_option_reaches_the_program_and_a_clean_site_prints_no_command()
    {
        var output = new StringWriter();
        var exit = CheckCommand.Run(Input, RepositoryPaths.Theme, new GenerationOptions(), output, new StringWriter(), ProblemFormat.GitHub, repositoryRoot: root);
        Assert.Equal(Program.Success, exit);
        Assert.DoesNotContain("::", output.ToString());
        Assert.Equal(Program.UsageErrors, Program.Main(["check", "--format", "xml", "--input", Input, "--theme", RepositoryPaths.Theme]));
        Assert.Equal(Program.Success, Program.Main(["check", "--format", "github", "--input", Input, "--theme", RepositoryPaths.Theme]));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
