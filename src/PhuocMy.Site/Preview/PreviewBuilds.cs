using System.Diagnostics;
using PhuocMy.Site.Composition;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Pipeline.Live;
using PhuocMy.Site.Urls;

namespace PhuocMy.Site.Preview;

/// <summary>
/// Runs the preview's builds one at a time with the same generator, so an incremental engine keeps what it learnt
/// between them. A failed build leaves the output folder as it was (the last good build stays served) and turns
/// its problems into the status pages show; the next good build clears them.
/// An edit to a post's body is shown first (<see cref="ShowAhead"/>): the post's pages are redrawn from what the
/// last build holds in memory and served at once, and the build that follows takes them back — telling pages to
/// reload again only if what it wrote differs from what they were shown.
/// </summary>
public sealed class PreviewBuilds(PreviewOptions options, ReloadSignal signal, Action<PreviewBuild>? onBuilt, Action<PreviewRedraw>? onRedrawn = null)
{
    private readonly SiteGenerator generator = StandardSite.Generator();
    private volatile PreviewStatus status = PreviewStatus.Starting;
    private volatile LiveSite? live;
    private int count;

    public PreviewStatus Status => status;

    /// <summary>Pages served ahead of the output folder until the build that read their edit ends.</summary>
    public PagesShownAhead Shown { get; } = new();

    public string OutputDirectory => options.OutputDirectory;

    /// <summary>
    /// The build options of every preview build: with the build cache beside the preview's folder, so an edit rebuilds
    /// only what it touches, and keeping the built site in memory while the preview has none to redraw edits from.
    /// </summary>
    private BuildOptions BuildOptions() =>
        new(options.InputDirectory, options.ThemeDirectory, options.OutputDirectory)
        {
            IncludeDrafts = options.IncludeDrafts,
            IncludeFuture = options.IncludeFuture,
            CacheDirectory = Pipeline.BuildOptions.DefaultCacheDirectory(options.OutputDirectory),
            KeepLiveSite = true,
            SkipWhenUnchanged = live is not null,
        };

    /// <summary>
    /// Shows an edit to posts' bodies at once, when <see cref="BodyEdit"/> can: returns what it redrew, or null when
    /// the edit must wait for the build (another kind of change, or the last build failed).
    /// </summary>
    public PreviewRedraw? ShowAhead(IReadOnlyList<string> changes)
    {
        var watch = Stopwatch.StartNew();
        var site = live;
        var inputLabel = Path.GetFileName(Path.TrimEndingDirectorySeparator(options.InputDirectory)) + "/";
        if (site is null || status.Failed || changes.Count == 0 || !changes.All(change => change.StartsWith(inputLabel, StringComparison.Ordinal)))
            return null;

        var pages = new List<RedrawnPage>();
        foreach (var change in changes)
        {
            var treePath = change[inputLabel.Length..];
            // A folder's own event when a file in it was saved (editors that save by renaming a new file over the old).
            if (Directory.Exists(Path.Combine(options.InputDirectory, treePath))
                && changes.Any(other => other.StartsWith(change + "/", StringComparison.Ordinal)))
                continue;
            byte[] content;
            try
            {
                content = File.ReadAllBytes(Path.Combine(options.InputDirectory, treePath));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
            BodyEditResult edit;
            try
            {
                edit = BodyEdit.Try(site, treePath, content);
            }
            catch (Exception)
            {
                // A fault of the redraw must not stop the watching: the build that follows shows the edit, or says what is wrong.
                return null;
            }
            if (edit.Declined is not null) return null;
            pages.AddRange(edit.Pages);
        }

        Shown.Show(pages);
        signal.Raise();
        var redraw = new PreviewRedraw(changes, pages.Select(page => page.OutputPath).ToList(), watch.Elapsed);
        onRedrawn?.Invoke(redraw);
        return redraw;
    }

    public PreviewBuild Build(IReadOnlyList<string> changes)
    {
        var covered = Shown.Latest;
        var result = Run();
        if (result.Succeeded && result.Live is { } built) live = built;
        var shownAhead = Shown.TakeBack(covered);
        var previous = status;
        var next = new PreviewStatus(previous.HasSite || result.Succeeded, result.Diagnostics);
        var outputChanged = result.Succeeded
            && (result.Output.RemovedPaths.Any(ShownByPages) || result.Output.Changed.Any(path => ShownByPages(path) && !shownAhead.ContainsKey(path)));
        var reload = outputChanged || shownAhead.Any(page => !HoldsNow(page.Key, page.Value)) || !next.SameAs(previous);
        status = next;
        if (reload) signal.Raise();

        var build = new PreviewBuild(Interlocked.Increment(ref count), changes, result, reload);
        onBuilt?.Invoke(build);
        return build;
    }

    /// <summary>
    /// A page itself or what it draws with (stylesheet, script, image, font): a change to one is a reason to reload.
    /// Feeds, the sitemap, the search index and downloads are read by other programs or on a click, not shown.
    /// </summary>
    private static bool ShownByPages(string outputPath) => MediaTypes.Shown.Contains(MediaTypes.ExtensionOf(outputPath));

    /// <summary>The output folder now holds exactly what a page was shown ahead.</summary>
    private bool HoldsNow(string outputPath, byte[] shown)
    {
        try
        {
            return File.ReadAllBytes(Path.Combine(options.OutputDirectory, outputPath)).AsSpan().SequenceEqual(shown);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private BuildResult Run()
    {
        var watch = Stopwatch.StartNew();
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
