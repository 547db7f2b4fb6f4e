using PhuocMy.Site.Diagnostics;
using System.Diagnostics;
using PhuocMy.Site.Output;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Pipeline;

public sealed record BuildOptions(string InputDirectory, string ThemeDirectory, string OutputDirectory)
{
    public bool IncludeDrafts { get; init; }
    public string? BaseUrl { get; init; }

    /// <summary>Told when another build is writing the same output folder and this one waits for it.</summary>
    public Action<string>? OnWaiting { get; init; } = message => Console.Error.WriteLine(message);
}

public sealed record BuildResult(bool Succeeded, int FilesWritten, IReadOnlyList<Diagnostic> Diagnostics, TimeSpan Elapsed)
{
    public int PagesWritten { get; init; }
    public IReadOnlyList<StageTiming> Timings { get; init; } = [];
}

/// <summary>
/// A build from disk to disk. Everything is generated in memory first; the output folder is touched only when
/// the whole build succeeded, so a broken post leaves yesterday's site exactly as it was.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options, SiteGenerator generator, Action<string>? onStageStart = null)
    {
        var watch = Stopwatch.StartNew();
        if (CheckFolders(options) is { } problem)
            return new BuildResult(false, 0, [problem], watch.Elapsed);

        var disk = new StageClock(onStageStart);
        var tree = disk.Run("Đọc tệp", () => SourceTree.FromDisk(options.InputDirectory, options.ThemeDirectory));
        var result = generator.Generate(tree, new GenerationOptions(options.IncludeDrafts, options.BaseUrl), onStageStart);
        if (tree.Problems.Count > 0) result = WithReadProblems(result, tree.Problems);
        if (!result.Succeeded)
            return new BuildResult(false, 0, result.Diagnostics, watch.Elapsed) { Timings = [.. disk.Timings, .. result.Timings] };

        OutputWriter.WriteSummary summary;
        try
        {
            summary = disk.Run("Ghi ra thư mục", () => OutputWriter.Write(options.OutputDirectory, result.Files, new PublishOptions { OnWaiting = options.OnWaiting }));
        }
        catch (PublishException refused)
        {
            return new BuildResult(false, 0, [.. result.Diagnostics, .. refused.Problems], watch.Elapsed) { Timings = [.. disk.Timings, .. result.Timings] };
        }
        return new BuildResult(true, summary.Written, result.Diagnostics, watch.Elapsed)
        {
            PagesWritten = result.PageCount,
            Timings = [disk.Timings[0], .. result.Timings, disk.Timings[1]],
        };
    }

    /// <summary>What reading refused (a link out of input/, a loop) fails the build like any content error.</summary>
    private static GenerationResult WithReadProblems(GenerationResult result, IReadOnlyList<Diagnostic> problems)
    {
        var all = problems.Concat(result.Diagnostics)
            .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line ?? 0).ThenBy(d => d.Message, StringComparer.Ordinal).ToList();
        return result with { Files = all.Any(d => d.Severity == Severity.Error) ? [] : result.Files, Diagnostics = all };
    }

    private static Diagnostic? CheckFolders(BuildOptions options)
    {
        if (!Directory.Exists(options.InputDirectory))
            return new Diagnostic(Severity.Error, options.InputDirectory, null, "Không thấy thư mục nội dung.", "Chỉ đúng thư mục bằng --input.");
        if (!Directory.Exists(options.ThemeDirectory))
            return new Diagnostic(Severity.Error, options.ThemeDirectory, null, "Không thấy thư mục giao diện.", "Chỉ đúng thư mục bằng --theme.");

        var output = Full(options.OutputDirectory);
        foreach (var source in new[] { options.InputDirectory, options.ThemeDirectory }.Select(Full))
        {
            if (Overlaps(output, source))
                return new Diagnostic(Severity.Error, options.OutputDirectory, null,
                    $"Thư mục đầu ra trùng hoặc chứa thư mục nguồn {source}; dựng trang sẽ ghi đè nội dung.", "Chọn thư mục đầu ra khác, ví dụ: --output _site");
        }
        return OutputWriter.CheckTarget(options.OutputDirectory);
    }

    private static string Full(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)) + Path.DirectorySeparatorChar;

    private static bool Overlaps(string a, string b) =>
        a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal);
}
