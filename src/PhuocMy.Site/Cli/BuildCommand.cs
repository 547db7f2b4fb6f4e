using PhuocMy.Site.Composition;
using System.CommandLine;
using PhuocMy.Site.Pipeline;

namespace PhuocMy.Site.Cli;

/// <summary><c>build</c>: input/ + theme/ → the output folder, with progress, every problem listed and a summary.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var input = CommonOptions.Input();
        var theme = CommonOptions.Theme();
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = "Thư mục ghi trang web ra (bị thay toàn bộ khi dựng thành công).", DefaultValueFactory = _ => new DirectoryInfo("_site") };
        var drafts = CommonOptions.Drafts();
        var future = CommonOptions.Future();
        var baseUrl = new Option<string?>("--base-url") { Description = "Địa chỉ gốc của trang, thay cho base_url trong site.yml (ví dụ bản xem trước)." };

        var cache = new Option<DirectoryInfo?>("--cache") { Description = "Thư mục bộ nhớ đệm để lần dựng sau chỉ làm lại phần đã đổi (mặc định: .phuocmy-cache/<tên thư mục đầu ra> cạnh thư mục đầu ra)." };
        var noCache = new Option<bool>("--no-cache") { Description = "Dựng lại toàn bộ, không đọc cũng không ghi bộ nhớ đệm." };
        var timings = new Option<bool>("--timings") { Description = "In thời gian của từng bước dựng trang." };

        var command = new Command("build", "Dựng toàn bộ trang web từ nội dung và giao diện.") { input, theme, output, drafts, future, baseUrl, cache, noCache, timings };
        command.SetAction(parse =>
        {
            var options = new BuildOptions(parse.GetValue(input)!.FullName, parse.GetValue(theme)!.FullName, parse.GetValue(output)!.FullName)
            {
                IncludeDrafts = parse.GetValue(drafts),
                IncludeFuture = parse.GetValue(future),
                BaseUrl = parse.GetValue(baseUrl),
            };
            options = options with
            {
                CacheDirectory = parse.GetValue(noCache) ? null : parse.GetValue(cache)?.FullName ?? BuildOptions.DefaultCacheDirectory(options.OutputDirectory),
            };
            if (options.BaseUrl is { } url && !Uri.TryCreate(url, UriKind.Absolute, out _))
            {
                Console.Error.WriteLine($"Lỗi dòng lệnh: --base-url '{url}' không phải địa chỉ đầy đủ (ví dụ https://phuocmy.example.vn/).");
                return Program.UsageErrors;
            }
            return Run(options, parse.GetValue(timings));
        });
        return command;
    }

    private static int Run(BuildOptions options, bool showTimings)
    {
        var result = BuildProgress.Run("Đang dựng trang…", stage => SiteBuilder.Build(options, StandardSite.Generator(), stage));
        ProblemList.Write(Console.Error, result.Diagnostics);
        if (showTimings) BuildSummary.WriteTimings(Console.Error, result);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine($"Dựng thất bại: {ProblemList.Count(result.Diagnostics)}; {BuildSummary.Seconds(result.Elapsed)}. Thư mục {options.OutputDirectory} giữ nguyên như trước.");
            return Program.ContentErrors;
        }

        if (result.CacheIgnored is { } reason) Console.Error.WriteLine($"Bỏ qua {reason}; đã dựng lại toàn bộ.");
        Console.WriteLine(BuildSummary.Written(result, options.OutputDirectory));
        foreach (var line in BuildSummary.Publication(result.Publication)) Console.WriteLine(line);
        return Program.Success;
    }
}
