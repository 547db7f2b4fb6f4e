using PhuocMy.Site.Cli;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Testing;
using PhuocMy.Site.Tests.Support;

namespace PhuocMy.Site.Tests.Cli;

/// <summary><c>check</c>: every problem of every file in one run, grouped by file, and nothing written anywhere.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly string root = TempFolders.Create("check");
    private string Input => Path.Combine(root, "input");

    public CheckCommandTests()
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

    private (int Exit, string Output, string Errors) Check()
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = CheckCommand.Run(Input, RepositoryPaths.Theme, new GenerationOptions(), output, errors);
        return (exit, output.ToString(), errors.ToString());
    }

    private Dictionary<string, DateTime> Everything() =>
        Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories).ToDictionary(p => p, File.GetLastWriteTimeUtc);

    [Fact]
    public void Reports_several_problems_in_several_files_in_one_run_grouped_by_file_and_writes_nothing()
    {
        Write("posts/sai-ngay.md", "---\ntitle: Sai ngày\ndate: 31/02/2025\n---\nMở đầu.\n");
        Write("posts/sai-chuyen-muc.md", "---\ntitle: Sai chuyên mục\ndate: 2025-06-11\ncategory: Thong bao\nimage: /images/a.jpg\n---\nMở đầu.\n");
        Write("posts/thieu-tieu-de.md", "---\ndate: 2025-06-12\n---\nMở đầu.\n");
        Write("data/dan-so.json", "{ \"id\": \"dan-so\", ");
        var before = Everything();

        var (exit, output, errors) = Check();

        Assert.Equal(Program.ContentErrors, exit);
        var lines = errors.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        foreach (var file in new[] { "input/posts/sai-ngay.md", "input/posts/sai-chuyen-muc.md", "input/posts/thieu-tieu-de.md", "input/data/dan-so.json" })
            Assert.Equal(1, lines.Count(l => l == file));
        Assert.Contains("  dòng 3: lỗi: Không đọc được ngày '31/02/2025' ở 'date'.", lines);
        Assert.Contains(lines, l => l.StartsWith("  dòng 4: lỗi: Chuyên mục 'Thong bao' chưa được khai báo.", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("    → Có phải ý bạn là 'Thông báo'?", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  dòng 5: lỗi: Ảnh đại diện chưa có mô tả thay thế.", StringComparison.Ordinal));

        // The two problems of one file are listed together, under that file.
        var header = lines.IndexOf("input/posts/sai-chuyen-muc.md");
        Assert.StartsWith("  dòng 4", lines[header + 1]);
        Assert.StartsWith("  dòng 5", lines[header + 3]);

        Assert.Contains($"Giải thích các lỗi thường gặp và cách sửa: {Diagnostics.StaffGuide.CommonErrors}", lines);
        Assert.Contains("Có lỗi cần sửa", output);
        Assert.Contains("trong 4 tệp", output);
        Assert.Contains("Không ghi tệp nào.", output);
        Assert.Equal(before, Everything());
    }

    [Fact]
    public void Checks_the_rendered_pages_too_a_broken_link_is_an_error()
    {
        Write("posts/lien-ket.md", "---\ntitle: Có liên kết hỏng\ndate: 2025-06-13\n---\nMở đầu.\n\nXem [bài cũ](/tin-tuc/khong-co-bai-nay/).\n");
        var (exit, _, errors) = Check();
        Assert.Equal(Program.ContentErrors, exit);
        Assert.Contains("/tin-tuc/khong-co-bai-nay/", errors);
    }

    [Fact]
    public void A_clean_site_passes_and_still_nothing_is_written()
    {
        var before = Everything();
        var (exit, output, errors) = Check();
        Assert.True(exit == Program.Success, errors);
        Assert.StartsWith("Không có lỗi:", output);
        Assert.Equal("", errors);
        Assert.Equal(before, Everything());
    }

    [Fact]
    public void Is_a_command_of_the_program()
    {
        Write("posts/sai-ngay.md", "---\ntitle: Sai ngày\ndate: hôm qua\n---\nMở đầu.\n");
        Assert.Equal(Program.ContentErrors, Program.Main(["check", "--input", Input, "--theme", RepositoryPaths.Theme]));
        Assert.Equal(Program.UsageErrors, Program.Main(["check", "--output", root]));
    }

    public void Dispose() => TempFolders.Delete(root);
}
