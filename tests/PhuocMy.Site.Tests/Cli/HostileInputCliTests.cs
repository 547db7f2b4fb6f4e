using PhuocMy.Site.Cli;
using PhuocMy.Site.Testing;
using PhuocMy.Site.Tests.Content;
using PhuocMy.Site.Tests.Support;
using PhuocMy.Site.Tests.WholeSite;

namespace PhuocMy.Site.Tests.Cli;

/// <summary>The smallest valid input folder: the test settings and one post.</summary>
public static class ValidInput
{
    public static void Write(string input)
    {
        Directory.CreateDirectory(Path.Combine(input, "posts"));
        Directory.CreateDirectory(Path.Combine(input, "images"));
        File.WriteAllText(Path.Combine(input, "site.yml"), TestSite.Settings);
        File.WriteAllText(Path.Combine(input, "posts", "a.md"), "---\ntitle: Tin A\ndate: 2020-07-15\n---\nMở đầu.\n");
    }
}

/// <summary>A valid site built once; each hostile case starts from a copy of its output, which must come back untouched.</summary>
public sealed class PublishedSite : IDisposable
{
    public string Root { get; } = TempFolders.Create("hostile");
    public string Output => Path.Combine(Root, "out");

    public PublishedSite()
    {
        ValidInput.Write(Path.Combine(Root, "input"));
        var (code, _, error) = CliProcess.Run(["build", "--input", Path.Combine(Root, "input"), "--theme", RepositoryPaths.Theme, "--output", Output]);
        Assert.True(code == 0, error);
    }

    public void Dispose() => TempFolders.Delete(Root);
}

/// <summary>
/// Every input that used to crash the generator with a stack trace, through the real command line: exit code 1,
/// a Vietnamese message naming the file (and line), no stack trace, under 1 GiB of memory, the old site untouched.
/// </summary>
public sealed class HostileInputCliTests(PublishedSite published) : IClassFixture<PublishedSite>, IDisposable
{
    private readonly string root = TempFolders.Create("case");
    private string Input => Path.Combine(root, "input");
    private string Output => Path.Combine(root, "out");

    private void Write(string path, string text)
    {
        var full = Path.Combine(Input, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private static string Post(string frontMatter) => $"---\ntitle: Tin A\ndate: 2020-07-15\n{frontMatter}---\nMở đầu.\n";

    /// <summary>Sets up the case and returns where its message must point ("file:line" or "file") and a word it must hold.</summary>
    private (string Where, string Says) Arrange(string name)
    {
        switch (name)
        {
            case "bi-danh-trong-bai":
                Write("posts/bom.md", Post(SafeYamlLoaderTests.AliasBomb()));
                return ("input/posts/bom.md:", "bí danh");
            case "bi-danh-trong-site-yml":
                File.AppendAllText(Path.Combine(Input, "site.yml"), "\n" + SafeYamlLoaderTests.AliasBomb());
                return ("input/site.yml:", "bí danh");
            case "long-20000-cap":
                Write("posts/sau.md", Post(SafeYamlLoaderTests.DeepNesting()));
                return ("input/posts/sau.md:4", "cấp");
            case "lich-long-20000-cap":
                Write("schedule/2025-06-16.yml", "week_start: 2025-06-16\n" + SafeYamlLoaderTests.DeepNesting());
                return ("input/schedule/2025-06-16.yml:2", "cấp");
            case "ngay-0001-01-01":
                Write("posts/a.md", "---\ntitle: Tin A\ndate: 0001-01-01\n---\nMở đầu.\n");
                return ("input/posts/a.md:3", "0001-01-01");
            case "khoa-phuc":
                Write("posts/a.md", Post("? [a, b]\n: c\n"));
                return ("input/posts/a.md:4", "tên khóa");
            case "so-1e400":
                Write("data/so-lon.json", TestData.Table("so-lon", """{ "label": "A", "value": 1e400 }"""));
                return ($"input/data/so-lon.json:{TestData.FirstRowLine}", "1e400");
            case "slug-300-ky-tu":
                Write("posts/a.md", Post($"slug: {new string('a', 300)}\n"));
                return ("input/posts/a.md:4", "300 ký tự");
            case "tag-300-ky-tu":
                Write("posts/a.md", Post($"tags: [{new string('b', 300)}]\n"));
                return ("input/posts/a.md:4", "từ khóa");
            case "symlink-vong":
                File.CreateSymbolicLink(Path.Combine(Input, "images", "vong"), "..");
                return ("input/images/vong:", "vòng lặp");
            case "symlink-etc-passwd":
                File.CreateSymbolicLink(Path.Combine(Input, "images", "passwd.txt"), "/etc/passwd");
                return ("input/images/passwd.txt:", "/etc/passwd");
            case "bang-50-mb":
                Write("data/nang.json", TestData.Table("nang", """{ "label": "A", "value": 1 }""") + new string(' ', 50 * 1024 * 1024));
                return ("input/data/nang.json:", "50 MB");
            case "bang-100000-hang":
                Write("data/nhieu.json", TestData.Table("nhieu", string.Join(",\n", Enumerable.Range(0, 100_000).Select(i => $$"""{ "label": "H{{i}}", "value": {{i}} }"""))));
                return ("input/data/nhieu.json:", "100.000 hàng");
            case "json-trung-khoa":
                Write("data/trung.json", TestData.Table("trung", """{ "label": "A", "value": 1, "value": 2 }"""));
                return ($"input/data/trung.json:{TestData.FirstRowLine}", "hai lần");
            case "js-trong-input":
                Write("images/x.js", "alert(1)");
                return ("input/images/x.js:", ".js");
            default:
                throw new ArgumentException(name);
        }
    }

    [Theory]
    [InlineData("bi-danh-trong-bai")]
    [InlineData("bi-danh-trong-site-yml")]
    [InlineData("long-20000-cap")]
    [InlineData("lich-long-20000-cap")]
    [InlineData("ngay-0001-01-01")]
    [InlineData("khoa-phuc")]
    [InlineData("so-1e400")]
    [InlineData("slug-300-ky-tu")]
    [InlineData("tag-300-ky-tu")]
    [InlineData("symlink-vong")]
    [InlineData("symlink-etc-passwd")]
    [InlineData("bang-50-mb")]
    [InlineData("bang-100000-hang")]
    [InlineData("json-trung-khoa")]
    [InlineData("js-trong-input")]
    public void Is_refused_with_its_file_and_line_and_the_old_site_is_kept(string name)
    {
        ValidInput.Write(Input);
        var (where, says) = Arrange(name);
        CopyPublished();
        var before = SiteManifest.Of(Output);

        var (code, _, error) = CliProcess.Run(["build", "--input", Input, "--theme", RepositoryPaths.Theme, "--output", Output], CliProcess.OneGibibyte);

        Assert.True(code == Program.ContentErrors, $"exit {code}\n{error}");
        var line = Assert.Single(CliProcess.Problems(error), l => l.StartsWith(where, StringComparison.Ordinal) && l.Contains(": lỗi: ", StringComparison.Ordinal));
        Assert.Contains(says, line);
        NoStackTrace(error);
        Assert.True(SiteManifest.Same(before, SiteManifest.Of(Output)), SiteManifest.Difference(SiteManifest.Of(Output), before));
    }

    [Fact]
    public void An_output_path_that_is_a_file_is_a_message()
    {
        ValidInput.Write(Input);
        File.WriteAllText(Output, "tệp");
        var (code, _, error) = CliProcess.Run(["build", "--input", Input, "--theme", RepositoryPaths.Theme, "--output", Output]);
        Assert.Equal(Program.ContentErrors, code);
        Assert.Contains(CliProcess.Problems(error), p => p.StartsWith($"{Output}: lỗi: Đường dẫn đầu ra là một tệp", StringComparison.Ordinal));
        NoStackTrace(error);
        Assert.Equal("tệp", File.ReadAllText(Output));
    }

    [Fact]
    public void A_fault_in_the_generator_is_one_line_with_where_to_report_it_and_exit_3()
    {
        using var error = new StringWriter();
        var code = InternalErrorGuard.Run(() => throw new AggregateException(new InvalidCastException("Unable to cast object")), error);

        Assert.Equal(Program.InternalError, code);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Lỗi nội bộ của trình dựng trang", line);
        Assert.Contains("InvalidCastException", line);
        Assert.Contains("Issues", line);
        Assert.NotEqual(Program.ContentErrors, Program.InternalError);
    }

    private static void NoStackTrace(string error)
    {
        Assert.DoesNotContain("Unhandled exception", error);
        Assert.DoesNotContain("   at ", error);
        Assert.DoesNotContain("Exception:", error);
    }

    private void CopyPublished()
    {
        foreach (var file in Directory.EnumerateFiles(published.Output, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Output, Path.GetRelativePath(published.Output, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        File.Copy(published.Output + global::PhuocMy.Site.Output.OutputFolder.MarkerSuffix, Output + global::PhuocMy.Site.Output.OutputFolder.MarkerSuffix);
    }

    public void Dispose() => TempFolders.Delete(root);
}
