using System.CommandLine;
using System.Diagnostics;
using PhuocMy.Site.Composition;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Cli;

/// <summary>
/// <c>check</c>: everything <c>build</c> validates (content, data tables, templates, links in the rendered pages),
/// with nothing written anywhere; every problem at once, grouped by file. Exit 1 when there is an error: a
/// pre-merge check. With <c>--format github</c> each problem is a GitHub workflow command instead, so a pull request
/// shows it at its line (.github/workflows/kiem-tra-noi-dung.yml).
/// </summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var input = CommonOptions.Input();
        var theme = CommonOptions.Theme();
        var drafts = CommonOptions.Drafts();
        var future = CommonOptions.Future();
        var format = new Option<ProblemFormat>("--format")
        {
            Description = "Cách liệt kê lỗi: text (cho người đọc, mặc định) hoặc github (chú thích ngay dòng lỗi trên pull request).",
            DefaultValueFactory = _ => ProblemFormat.Text,
        };
        var command = new Command("check", "Kiểm tra toàn bộ nội dung và giao diện như khi dựng trang, nhưng không ghi tệp nào; liệt kê mọi lỗi một lần.")
        {
            input, theme, drafts, future, format,
        };
        command.SetAction(parse => Run(parse.GetValue(input)!.FullName, parse.GetValue(theme)!.FullName,
            new GenerationOptions(IncludeDrafts: parse.GetValue(drafts)) { IncludeFuture = parse.GetValue(future) }, Console.Out, Console.Error,
            parse.GetValue(format)));
        return command;
    }

    /// <param name="repositoryRoot">Where annotated paths start from (GitHub's checkout); by default GITHUB_WORKSPACE, else the current folder.</param>
    internal static int Run(string input, string theme, GenerationOptions options, TextWriter output, TextWriter errors,
        ProblemFormat format = ProblemFormat.Text, string? repositoryRoot = null)
    {
        void Report(IReadOnlyList<Diagnostic> problems)
        {
            if (format == ProblemFormat.GitHub)
            {
                var root = repositoryRoot ?? Environment.GetEnvironmentVariable("GITHUB_WORKSPACE") ?? Environment.CurrentDirectory;
                GitHubAnnotations.Write(output, problems, GitHubAnnotations.PathsFrom(root, input, theme));
            }
            else ProblemList.Write(errors, problems);
        }

        var watch = Stopwatch.StartNew();
        var missing = new (string Folder, string What, string Option)[] { (input, "nội dung", "--input"), (theme, "giao diện", "--theme") }
            .Where(f => !Directory.Exists(f.Folder))
            .Select(f => new Diagnostic(Severity.Error, f.Folder, null, $"Không thấy thư mục {f.What}.", $"Chỉ đúng thư mục bằng {f.Option}."))
            .ToList();
        if (missing.Count > 0)
        {
            Report(missing);
            return Program.ContentErrors;
        }

        var result = BuildProgress.Run("Đang kiểm tra…", stage =>
        {
            stage("Đọc tệp");
            return StandardSite.Generator().Generate(SourceTree.FromDisk(input, theme), options, stage);
        });
        Report(result.Diagnostics);

        var checkedPages = result.Succeeded ? $"{BuildSummary.Number(result.PageCount)} trang đã kiểm tra, " : "";
        var verdict = result.Succeeded ? "Không có lỗi" : "Có lỗi cần sửa";
        output.WriteLine($"{verdict}: {checkedPages}{ProblemList.Count(result.Diagnostics)}; {BuildSummary.Seconds(watch.Elapsed)}. Không ghi tệp nào.");
        if (result.Succeeded)
            foreach (var line in BuildSummary.Publication(result.Publication)) output.WriteLine(line);
        return result.Succeeded ? Program.Success : Program.ContentErrors;
    }
}
