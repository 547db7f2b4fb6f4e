using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using PhuocMy.Site.Preview;
using PhuocMy.Site.Testing;

namespace PhuocMy.Site.Benchmarks;

/// <summary>
/// Edit-to-reload latency of a running preview: one post's body is saved, and the clock stops when the page's
/// event stream says "reload" and the page served shows the edit. The incremental build that follows each edit
/// is timed too, and the next edit waits for it (an author reading the page). Run:
/// <c>dotnet run -c Release --project benchmarks/PhuocMy.Site.Benchmarks -- preview 1000,10000 5</c>
/// (site sizes, edits per size). Everything is written under a temporary folder that is removed afterwards.
/// </summary>
public static partial class PreviewLatency
{
    public static async Task<int> Run(string[] args)
    {
        var sizes = (args.Length > 0 ? args[0] : "1000,10000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var edits = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var rows = new List<string>();
        foreach (var size in sizes) rows.Add(await Measure(size, edits));

        Console.WriteLine();
        Console.WriteLine("| posts | edits | save → reload event, median | min | max | save → page shows the edit, median | redraw, median | the build after it, median | builds that reloaded again |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in rows) Console.WriteLine(row);
        return 0;
    }

    private static async Task<string> Measure(int size, int edits)
    {
        var work = Directory.CreateTempSubdirectory("phuocmy-preview-bench-").FullName;
        try
        {
            var input = Path.Combine(work, "input");
            SyntheticSite.Write(RepositoryPaths.Input, input, size);
            var theme = Path.Combine(work, "theme");
            CopyFolder(RepositoryPaths.Theme, theme);

            var builds = Channel.CreateUnbounded<PreviewBuild>();
            var redraws = Channel.CreateUnbounded<PreviewRedraw>();
            var watch = Stopwatch.StartNew();
            await using var server = await PreviewServer.StartAsync(
                new PreviewOptions(input, theme, Path.Combine(work, "site"), Port: 0), build => builds.Writer.TryWrite(build), redraw => redraws.Writer.TryWrite(redraw));
            var first = await builds.Reader.ReadAsync();
            if (!first.Result.Succeeded) throw new InvalidOperationException(string.Join('\n', first.Result.Diagnostics.Take(10)));
            Console.WriteLine($"{size} posts: first build {first.Result.Elapsed.TotalSeconds:0.00} s ({first.Result.PagesWritten} pages), ready after {watch.Elapsed.TotalSeconds:0.0} s");

            var post = Directory.EnumerateFiles(Path.Combine(input, "posts"), $"tin-so-{size / 2}.md", SearchOption.AllDirectories).Single();
            var url = $"/tin-tuc/tin-so-{size / 2}/";
            using var client = new HttpClient { BaseAddress = server.Url, Timeout = Timeout.InfiniteTimeSpan };
            var latencies = new List<double>();
            var shownTimes = new List<double>();
            var redrawTimes = new List<double>();
            var buildTimes = new List<double>();
            var reloadedAgain = 0;
            var original = await File.ReadAllTextAsync(post);
            for (var edit = 1; edit <= edits; edit++)
            {
                var token = Token().Match(await client.GetStringAsync(url)).Groups[1].Value;
                using var events = await client.GetAsync($"{PreviewAssets.EventsPath}?phien={token}", HttpCompletionOption.ResponseHeadersRead);
                using var reader = new StreamReader(await events.Content.ReadAsStreamAsync(), Encoding.UTF8);
                while (builds.Reader.TryRead(out _)) { }
                while (redraws.Reader.TryRead(out _)) { }

                var text = original + $"\nĐoạn sửa lần thứ {edit} để đo thời gian xem trước.\n";
                var saved = Stopwatch.StartNew();
                await File.WriteAllTextAsync(post, text);
                while (await reader.ReadLineAsync() is { } line && line != $"event: {PreviewAssets.ReloadEvent}") { }
                var reloaded = saved.Elapsed;
                if (!(await client.GetStringAsync(url)).Contains($"lần thứ {edit} để đo", StringComparison.Ordinal))
                    throw new InvalidOperationException("The reloaded page does not show the edit.");
                var shown = saved.Elapsed;

                var build = await builds.Reader.ReadAsync();
                if (!build.Result.Succeeded) throw new InvalidOperationException(string.Join('\n', build.Result.Diagnostics.Take(10)));
                var redraw = redraws.Reader.TryRead(out var made) ? made : null;
                latencies.Add(reloaded.TotalMilliseconds);
                shownTimes.Add(shown.TotalMilliseconds);
                redrawTimes.Add(redraw?.Elapsed.TotalMilliseconds ?? double.NaN);
                buildTimes.Add(build.Result.Elapsed.TotalMilliseconds);
                if (build.Reloaded) reloadedAgain++;
                Console.WriteLine($"  edit {edit}: save → reload {reloaded.TotalMilliseconds:0} ms, page shows it {shown.TotalMilliseconds:0} ms " +
                                  $"({(redraw is null ? "not redrawn: waited for the build" : $"redrawn in {redraw.Elapsed.TotalMilliseconds:0} ms")}); " +
                                  $"then the build {build.Result.Elapsed.TotalMilliseconds:0} ms, {build.Result.Output.Written} files written{(build.Reloaded ? ", reloaded again" : "")}");
            }
            return string.Create(CultureInfo.InvariantCulture,
                $"| {size:N0} | {edits} | {Median(latencies):N0} ms | {latencies.Min():N0} ms | {latencies.Max():N0} ms | {Median(shownTimes):N0} ms | {Median(redrawTimes):N1} ms | {Median(buildTimes):N0} ms | {reloadedAgain} of {edits} |");
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex("data-phien=\"([^\"]+)\"")]
    private static partial Regex Token();
}
