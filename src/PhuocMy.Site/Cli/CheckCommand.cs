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
/// pre-merge check.
/// </summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var input = CommonOptions.Input();
        var theme = CommonOptions.Theme();
        var drafts = CommonOptions.Drafts();
        var future = CommonOptions.Future();
        var command = new Command("check", "Kiểm tra toàn bộ nội dung và giao diện như khi dựng trang, nhưng không ghi tệp nào; liệt kê mọi lỗi một lần.")
        {
            input, theme, drafts, future,
        };
        command.SetAction(parse => Run(parse.GetValue(input)!.FullName, parse.GetValue(theme)!.FullName,
            new GenerationOptions(IncludeDrafts: parse.GetValue(drafts)) { IncludeFuture = parse.GetValue(future) }, Console.Out, Console.Error));
        return command;
    }

    internal static int Run(string input, string theme, GenerationOptions options, TextWriter output, TextWriter errors)
    {
        var watch = Stopwatch.StartNew();
        var missing = new (string Folder, string What, string Option)[] { (input, "nội dung", "--input"), (theme, "giao diện", "--theme") }
            .Where(f => !Directory.Exists(f.Folder))
            .Select(f => new Diagnostic(Severity.Error, f.Folder, null, $"Không thấy thư mục {f.What}.", $"Chỉ đúng thư mục bằng {f.Option}."))
            .ToList();
        if (missing.Count > 0)
        {
            ProblemList.Write(errors, missing);
            return Program.ContentErrors;
        }

        var result = BuildProgress.Run("Đang kiểm tra…", stage =>
        {
            stage("Đọc tệp");
            return StandardSite.Generator().Generate(SourceTree.FromDisk(input, theme), options, stage);
        });
        ProblemList.Write(errors, result.Diagnostics);

        var checkedPages = result.Succeeded ? $"{BuildSummary.Number(result.PageCount)} trang đã kiểm tra, " : "";
        var verdict = result.Succeeded ? "Không có lỗi" : "Có lỗi cần sửa";
        output.WriteLine($"{verdict}: {checkedPages}{ProblemList.Count(result.Diagnostics)}; {BuildSummary.Seconds(watch.Elapsed)}. Không ghi tệp nào.");
        if (result.Succeeded)
            foreach (var line in BuildSummary.Publication(result.Publication)) output.WriteLine(line);
        return result.Succeeded ? Program.Success : Program.ContentErrors;
    }
}
