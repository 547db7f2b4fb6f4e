using PhuocMy.Site.Composition;
using PhuocMy.Site.Diagnostics;
using System.CommandLine;
using PhuocMy.Site.Pipeline;
using Spectre.Console;

namespace PhuocMy.Site.Cli;

/// <summary><c>build</c>: input/ + theme/ → the output folder, with a one-line summary and every problem listed.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var input = new Option<DirectoryInfo>("--input", "-i") { Description = "Thư mục nội dung (bài viết, trang, số liệu, cấu hình site.yml).", DefaultValueFactory = _ => new DirectoryInfo("input") };
        var theme = new Option<DirectoryInfo>("--theme", "-t") { Description = "Thư mục giao diện (mẫu Liquid, CSS).", DefaultValueFactory = _ => new DirectoryInfo("theme") };
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = "Thư mục ghi trang web ra (bị thay toàn bộ khi dựng thành công).", DefaultValueFactory = _ => new DirectoryInfo("_site") };
        var drafts = new Option<bool>("--drafts") { Description = "Dựng cả bài nháp (draft: true) để xem trước." };
        var baseUrl = new Option<string?>("--base-url") { Description = "Địa chỉ gốc của trang, thay cho base_url trong site.yml (ví dụ bản xem trước)." };

        var cache = new Option<DirectoryInfo?>("--cache") { Description = "Thư mục bộ nhớ đệm để lần dựng sau chỉ làm lại phần đã đổi (mặc định: .phuocmy-cache/<tên thư mục đầu ra> cạnh thư mục đầu ra)." };
        var noCache = new Option<bool>("--no-cache") { Description = "Dựng lại toàn bộ, không đọc cũng không ghi bộ nhớ đệm." };

        var timings = new Option<bool>("--timings") { Description = "In thời gian của từng bước dựng trang." };

        var command = new Command("build", "Dựng toàn bộ trang web từ nội dung và giao diện.") { input, theme, output, drafts, baseUrl, cache, noCache, timings };
        command.SetAction(parse =>
        {
            var options = new BuildOptions(parse.GetValue(input)!.FullName, parse.GetValue(theme)!.FullName, parse.GetValue(output)!.FullName)
            {
                IncludeDrafts = parse.GetValue(drafts),
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
        var result = Console.IsOutputRedirected
            ? SiteBuilder.Build(options, StandardSite.Generator())
            : AnsiConsole.Status().Start("Đang dựng trang…", status => SiteBuilder.Build(options, StandardSite.Generator(), stage => status.Status(stage + "…")));

        foreach (var diagnostic in result.Diagnostics)
            Console.Error.WriteLine(diagnostic);
        if (showTimings)
        {
            foreach (var timing in result.Timings) Console.Error.WriteLine($"  {timing.Stage}: {timing.Elapsed.TotalMilliseconds:0} ms ({timing.Cpu.TotalMilliseconds:0} ms CPU)");
            if (result.Cache is { } cache)
                Console.Error.WriteLine($"  bộ nhớ đệm: đọc bài {cache.ParsedReused}/{cache.ParsedReused + cache.ParsedMade}, dựng trang {cache.RenderedReused}/{cache.RenderedReused + cache.RenderedMade}, kiểm tra {cache.CheckedReused}/{cache.CheckedReused + cache.CheckedMade} dùng lại");
        }

        var warnings = result.Diagnostics.Count(d => d.Severity == Severity.Warning);
        var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", Content.VietnameseFormat.Culture);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine($"Dựng thất bại: {errors} lỗi, {warnings} cảnh báo, {seconds} giây. Thư mục {options.OutputDirectory} giữ nguyên như trước.");
            return Program.ContentErrors;
        }

        if (result.CacheIgnored is { } reason) Console.Error.WriteLine($"Bỏ qua {reason}; đã dựng lại toàn bộ.");
        var reused = result.Cache is { RenderedReused: > 0 } counters ? $", dùng lại {counters.RenderedReused} trang không đổi" : "";
        Console.WriteLine($"Đã dựng {result.PagesWritten} trang ({result.FilesWritten} tệp thay đổi{reused}), {warnings} cảnh báo, {seconds} giây → {options.OutputDirectory}");
        return Program.Success;
    }
}
