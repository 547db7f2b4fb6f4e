using PhuocMy.Site.Diagnostics;
using System.Diagnostics;
using PhuocMy.Site.Caching;
using PhuocMy.Site.Output;
using PhuocMy.Site.Pipeline.Phases;
using PhuocMy.Site.SiteModel;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Pipeline;

public sealed record BuildOptions(string InputDirectory, string ThemeDirectory, string OutputDirectory)
{
    public bool IncludeDrafts { get; init; }
    public bool IncludeFuture { get; init; }
    public string? BaseUrl { get; init; }

    /// <summary>Where the build cache lives; null builds everything from scratch and keeps no cache.</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>The default cache folder: beside the output folder, named after it (<c>.phuocmy-cache/_site</c>).</summary>
    public static string DefaultCacheDirectory(string outputDirectory)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        return Path.Combine(Path.GetDirectoryName(output) ?? output, ".phuocmy-cache", Path.GetFileName(output));
    }

    /// <summary>The moment the build publishes as of (scheduled and lapsed posts); null for now.</summary>
    public DateTimeOffset? Now { get; init; }

    /// <summary>Hold what the build made in memory afterwards (<see cref="BuildResult.Live"/>), for a preview.</summary>
    public bool KeepLiveSite { get; init; }

    /// <summary>
    /// A rebuild with nothing changed stops once the inputs are hashed (<see cref="BuildStamp"/>) and makes nothing;
    /// false builds anyway (a preview that has nothing in memory yet).
    /// </summary>
    public bool SkipWhenUnchanged { get; init; } = true;

    /// <summary>Told when another build is writing the same output folder and this one waits for it.</summary>
    public Action<string>? OnWaiting { get; init; } = message => Console.Error.WriteLine(message);

    /// <summary>For tests: runs before each file is written into the staging folder (<see cref="PublishOptions.BeforeWrite"/>).</summary>
    internal Action<string>? BeforeWrite { get; init; }
}

public sealed record BuildResult(bool Succeeded, int FilesWritten, IReadOnlyList<Diagnostic> Diagnostics, TimeSpan Elapsed)
{
    /// <summary>What the build reused from its cache and what it made again.</summary>
    public CacheCounters? Cache { get; init; }

    /// <summary>True when the output folder already held this build's result: nothing was planned, made or written.</summary>
    public bool NothingChanged { get; init; }

    /// <summary>Why an existing cache was not used (corrupt, another version…), when it was not.</summary>
    public string? CacheIgnored { get; init; }

    public int PagesWritten { get; init; }
    public IReadOnlyList<StageTiming> Timings { get; init; } = [];

    /// <summary>What the output folder saw: files written, left unchanged, removed.</summary>
    public OutputWriter.WriteSummary Output { get; init; } = new(0, 0, 0);

    /// <summary>Posts left out (drafts, scheduled) or out of listings (lapsed).</summary>
    public PublicationReport Publication { get; init; } = PublicationReport.Empty;

    /// <summary>What the build holds in memory (<see cref="Live.LiveSite"/>) when <see cref="BuildOptions.KeepLiveSite"/> asked for it; null when it failed or changed nothing.</summary>
    public Live.LiveSite? Live { get; init; }
}

/// <summary>
/// A build from disk to disk. Files are written as they are made into a staging folder beside the output folder;
/// the output folder is swapped for it only when the whole build succeeded, so a broken post leaves yesterday's site
/// exactly as it was.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options, SiteGenerator generator, Action<string>? onStageStart = null)
    {
        var watch = Stopwatch.StartNew();
        if (CheckFolders(options) is { } problem)
            return new BuildResult(false, 0, [problem], watch.Elapsed);

        var publish = new PublishOptions { OnWaiting = options.OnWaiting, BeforeWrite = options.BeforeWrite };
        OutputLock held;
        try
        {
            held = OutputWriter.Lock(options.OutputDirectory, publish);
        }
        catch (PublishException refused)
        {
            return new BuildResult(false, 0, refused.Problems, watch.Elapsed);
        }
        using (held) return Build(options, generator, onStageStart, held, publish, watch);
    }

    /// <summary>The build proper, under the output folder's lock: the cache describes the folder, and no other build changes either.</summary>
    private static BuildResult Build(BuildOptions options, SiteGenerator generator, Action<string>? onStageStart, OutputLock held, PublishOptions publish, Stopwatch watch)
    {
        var disk = new DiskBuild(options, held, publish);
        var state = generator.NewState(new GenerationOptions(options.IncludeDrafts, options.BaseUrl)
        {
            IncludeFuture = options.IncludeFuture, Now = options.Now ?? DateTimeOffset.UtcNow, KeepLiveSite = options.KeepLiveSite,
        }, CacheSession.None());
        var runner = new PhaseRunner(onStageStart);
        try
        {
            runner.Run(Phases(disk, state), state);
        }
        finally
        {
            disk.Staging?.Discard();
            state.Cache.Close();
        }

        if (disk.Unchanged is { } stamp)
        {
            return new BuildResult(true, 0, stamp.Diagnostics, watch.Elapsed)
            {
                NothingChanged = true, PagesWritten = stamp.Pages, Output = new OutputWriter.WriteSummary(0, stamp.Files, 0),
                Publication = stamp.Publication, Timings = runner.Timings,
            };
        }
        var result = SiteGenerator.Result(state, runner.Timings);
        if (!result.Succeeded || state.Written is not { } summary)
            return new BuildResult(false, 0, result.Diagnostics, watch.Elapsed) { Timings = runner.Timings, Cache = state.Cache.Counters, CacheIgnored = disk.CacheIgnored };
        return new BuildResult(true, summary.Written, result.Diagnostics, watch.Elapsed)
        {
            PagesWritten = result.PageCount,
            Output = summary,
            Publication = result.Publication,
            Timings = runner.Timings,
            Cache = state.Cache.Counters,
            CacheIgnored = disk.CacheIgnored,
            Live = result.Live,
        };
    }

    /// <summary>
    /// read-files → [unchanged → load-cache] → staging → the generation phases → write → [save-cache]; the bracketed ones only
    /// with a cache folder (a build without one starts from an empty cache and keeps none).
    /// </summary>
    private static IEnumerable<IBuildPhase> Phases(DiskBuild disk, BuildState state)
    {
        if (disk.Options is { SkipWhenUnchanged: true, CacheDirectory: { } stampFolder } && File.Exists(Path.Combine(stampFolder, BuildStamp.FileName)))
            disk.StartListingOutput();
        yield return new ReadFilesPhase(disk);
        if (disk.Options.CacheDirectory is { } folder)
        {
            if (disk.Options.SkipWhenUnchanged) yield return new UnchangedPhase(disk, folder);
            yield return new LoadCachePhase(disk, folder);
        }
        else
        {
            state.Cache = LoadCachePhase.OpenSession(disk, new BuildCache(), null);
        }
        yield return new StagingPhase(disk);
        foreach (var phase in BuildPhases.Generation) yield return phase;
        yield return new WritePhase(disk);
        if (disk.Options.CacheDirectory is { } saveTo) yield return new SaveCachePhase(disk, saveTo);
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
        if (OutputFolder.IsGeneratorsOwnName(options.OutputDirectory))
            return new Diagnostic(Severity.Error, options.OutputDirectory, null,
                "Tên thư mục đầu ra trùng với tên trình dựng trang dùng cho các thư mục tạm bên cạnh thư mục đầu ra.", "Chọn thư mục đầu ra khác, ví dụ: --output _site");
        if (options.CacheDirectory is { } cache)
        {
            // The cache must survive the swap of the output folder, and must never be published or read as content.
            foreach (var folder in new[] { options.OutputDirectory, options.InputDirectory, options.ThemeDirectory })
                if (Overlaps(Full(cache), Full(folder)))
                    return new Diagnostic(Severity.Error, cache, null,
                        $"Thư mục bộ nhớ đệm trùng, nằm trong hoặc chứa thư mục {Full(folder)}; bộ nhớ đệm sẽ bị đăng lên, bị đọc như nội dung hoặc bị xóa khi thay trang.",
                        "Chọn --cache ở nơi khác, hoặc bỏ --cache để dùng thư mục mặc định (.phuocmy-cache bên cạnh thư mục đầu ra).");
        }
        return OutputWriter.CheckTarget(options.OutputDirectory);
    }

    private static string Full(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)) + Path.DirectorySeparatorChar;

    private static bool Overlaps(string a, string b) =>
        a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal);
}
