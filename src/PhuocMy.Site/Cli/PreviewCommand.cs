using System.CommandLine;
using PhuocMy.Site.Preview;
using Spectre.Console;

namespace PhuocMy.Site.Cli;

/// <summary>
/// <c>preview</c>: the site at http://127.0.0.1:4000/, rebuilt and reloaded in the browser on every save, with
/// drafts and scheduled posts shown (and marked). Runs until Ctrl+C.
/// </summary>
public static class PreviewCommand
{
    public static Command Create()
    {
        var input = CommonOptions.Input();
        var theme = CommonOptions.Theme();
        var port = new Option<int>("--port", "-p") { Description = "Cổng trên máy này; đổi khi cổng mặc định đang bận.", DefaultValueFactory = _ => PreviewOptions.DefaultPort };
        var published = new Option<bool>("--published-only") { Description = "Chỉ hiện những gì trang công khai sẽ đăng: không có bài nháp, bài hẹn giờ." };
        var open = new Option<bool>("--open") { Description = "Mở trình duyệt ở trang chủ bản xem trước ngay khi sẵn sàng." };
        var output = new Option<DirectoryInfo?>("--output", "-o") { Description = "Thư mục ghi bản xem trước (mặc định: một thư mục tạm riêng, không phải _site)." };
        var command = new Command("preview", "Xem trước trang web trên máy này; tự dựng lại và tải lại trình duyệt mỗi khi lưu bài.")
        {
            input, theme, port, published, open, output,
        };
        command.SetAction((parse, cancel) =>
        {
            var chosenPort = parse.GetValue(port);
            if (chosenPort is < 1 or > 65535)
            {
                Console.Error.WriteLine($"Lỗi dòng lệnh: --port {chosenPort} không hợp lệ; dùng một số như 4000 hoặc 4001.");
                return Task.FromResult(Program.UsageErrors);
            }
            var inputFolder = parse.GetValue(input)!.FullName;
            var themeFolder = parse.GetValue(theme)!.FullName;
            var outputFolder = parse.GetValue(output)?.FullName
                               ?? PreviewOptions.SiteFolder(PreviewOptions.DefaultWorkFolder(inputFolder, themeFolder, chosenPort));
            var showAll = !parse.GetValue(published);
            return Run(new PreviewOptions(inputFolder, themeFolder, outputFolder, chosenPort) { IncludeDrafts = showAll, IncludeFuture = showAll }, parse.GetValue(open), cancel);
        });
        return command;
    }

    private static async Task<int> Run(PreviewOptions options, bool openBrowser, CancellationToken cancel)
    {
        foreach (var (folder, what, option) in new[] { (options.InputDirectory, "nội dung", "--input"), (options.ThemeDirectory, "giao diện", "--theme") })
        {
            if (Directory.Exists(folder)) continue;
            Console.Error.WriteLine($"Không thấy thư mục {what} {folder}. Mở cửa sổ lệnh ở thư mục dự án, hoặc chỉ đúng thư mục bằng {option}.");
            return Program.ContentErrors;
        }

        PreviewServer server;
        try
        {
            server = await PreviewServer.StartAsync(options, Report, ReportRedraw);
        }
        catch (PortInUseException e)
        {
            Console.Error.WriteLine($"Cổng {e.Port} đang được dùng, có thể bởi một bản xem trước khác vẫn đang chạy.");
            Console.Error.WriteLine($"→ Tìm cửa sổ lệnh đó và nhấn Ctrl+C để dừng nó, hoặc chạy với cổng khác: preview --port {e.Port + 1}");
            return Program.UsageErrors;
        }

        await using (server)
        {
            Console.WriteLine($"Bản xem trước: {server.Url}  (mở địa chỉ này trong trình duyệt; nhấn Ctrl+C để dừng)");
            Console.WriteLine(options.IncludeDrafts
                ? "Bài nháp và bài hẹn giờ cũng được hiện, có dải ghi chú ở đầu bài."
                : "Chỉ hiện những gì trang công khai sẽ đăng.");
            if (openBrowser) OpenBrowser(server.Url);
            try
            {
                await Task.Delay(Timeout.Infinite, cancel);
            }
            catch (OperationCanceledException)
            {
            }
            Console.WriteLine("Đang dừng bản xem trước…");
        }
        Console.WriteLine("Đã dừng bản xem trước.");
        return Program.Success;
    }

    /// <summary>The page says "đang dựng" until the first build is done, then reloads by itself.</summary>
    private static void OpenBrowser(Uri url)
    {
        try
        {
            System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(url.ToString()) { UseShellExecute = true })?.Dispose();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            Console.WriteLine($"Không tự mở được trình duyệt; hãy mở {url} bằng tay.");
        }
    }

    private static readonly Lock Output = new();

    private static void ReportRedraw(PreviewRedraw redraw)
    {
        lock (Output)
        {
            var time = DateTime.Now.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
            var milliseconds = Math.Max(1, (int)Math.Round(redraw.Elapsed.TotalMilliseconds));
            WriteLine($"[grey]{time}[/] {Markup.Escape(What(redraw.Changes, 2))}: [green]đã hiện[/] trong trình duyệt sau {milliseconds} ms; đang dựng lại để kiểm tra cả trang web…");
        }
    }

    private static string What(IReadOnlyList<string> changes, int number) => changes.Count switch
    {
        0 when number == 1 => "Dựng lần đầu",
        0 => "Có thay đổi",
        1 => $"Thay đổi ở {changes[0]}",
        var n => $"Thay đổi ở {changes[0]} và {n - 1} tệp khác",
    };

    private static void Report(PreviewBuild build)
    {
        lock (Output)
        {
            var time = DateTime.Now.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
            var what = What(build.Changes, build.Number);
            var result = build.Result;
            ProblemList.Write(Console.Error, result.Diagnostics);
            if (result.Succeeded)
            {
                var pages = build.Number == 1 ? $"{BuildSummary.Number(result.PagesWritten)} trang, " : "";
                var reload = build.Reloaded && build.Number > 1 ? " Trình duyệt đã được báo tải lại." : "";
                WriteLine($"[grey]{time}[/] {Markup.Escape(what)}: [green]xong[/], {pages}{BuildSummary.Number(result.Output.Written)} tệp thay đổi, {BuildSummary.Seconds(result.Elapsed)}.{reload}");
                if (build.Number == 1)
                    foreach (var line in BuildSummary.Publication(result.Publication)) WriteLine(Markup.Escape(line));
            }
            else
            {
                WriteLine($"[grey]{time}[/] {Markup.Escape(what)}: [red]chưa dựng được[/] ({ProblemList.Count(result.Diagnostics)}). " +
                          "Trình duyệt vẫn hiện bản tốt gần nhất, kèm danh sách lỗi; sửa rồi lưu lại là được.");
            }
        }
    }

    private static void WriteLine(string markup)
    {
        if (Console.IsOutputRedirected) Console.WriteLine(Markup.Remove(markup));
        else AnsiConsole.MarkupLine(markup);
    }
}
