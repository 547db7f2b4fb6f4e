using PhuocMy.Site.Composition;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Pipeline;

namespace PhuocMy.Site.Preview;

/// <summary>
/// Runs the preview's builds one at a time with the same generator, so an incremental engine keeps what it learnt
/// between them. A failed build leaves the output folder as it was (the last good build stays served) and turns
/// its problems into the status pages show; the next good build clears them.
/// </summary>
public sealed class PreviewBuilds(PreviewOptions options, ReloadSignal signal, Action<PreviewBuild>? onBuilt)
{
    private readonly SiteGenerator generator = StandardSite.Generator();
    private volatile PreviewStatus status = PreviewStatus.Starting;
    private int count;

    public PreviewStatus Status => status;

    public string OutputDirectory => options.OutputDirectory;

    /// <summary>The build options of every preview build: with the build cache beside the preview's folder, so an edit rebuilds only what it touches.</summary>
    private BuildOptions BuildOptions() =>
        new(options.InputDirectory, options.ThemeDirectory, options.OutputDirectory)
        {
            IncludeDrafts = options.IncludeDrafts,
            IncludeFuture = options.IncludeFuture,
            CacheDirectory = Pipeline.BuildOptions.DefaultCacheDirectory(options.OutputDirectory),
        };

    public PreviewBuild Build(IReadOnlyList<string> changes)
    {
        var result = Run();
        var previous = status;
        var next = new PreviewStatus(previous.HasSite || result.Succeeded, result.Diagnostics);
        var outputChanged = result.Succeeded && (result.Output.Written > 0 || result.Output.Removed > 0);
        var reload = outputChanged || !next.SameAs(previous);
        status = next;
        if (reload) signal.Raise();

        var build = new PreviewBuild(Interlocked.Increment(ref count), changes, result, reload);
        onBuilt?.Invoke(build);
        return build;
    }

    private BuildResult Run()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            return SiteBuilder.Build(BuildOptions(), generator);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file deleted or locked between listing and reading: the next save rebuilds.
            return new BuildResult(false, 0, [new Diagnostic(Severity.Error, options.InputDirectory, null,
                $"Không đọc hoặc ghi được tệp: {e.Message}", "Đóng chương trình đang giữ tệp rồi lưu lại bài một lần nữa.")], watch.Elapsed);
        }
        catch (Exception e)
        {
            // A fault of the generator itself must not stop the preview: say so, keep serving, try again on the next save.
            return new BuildResult(false, 0, [new Diagnostic(Severity.Error, options.InputDirectory, null,
                $"Trình dựng trang gặp sự cố ({e.GetType().Name}: {e.Message}).", "Đây không phải lỗi của bài viết; hãy báo cho nhóm kỹ thuật kèm dòng này.")], watch.Elapsed);
        }
    }
}
