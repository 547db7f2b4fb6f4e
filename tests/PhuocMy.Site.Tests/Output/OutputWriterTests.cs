using PhuocMy.Site.Testing;
using System.Text;
using PhuocMy.Site.Output;

namespace PhuocMy.Site.Tests.Output;

/// <summary>Publishing: the folder is always one whole site, unchanged files keep their times, failures leave the old site.</summary>
public sealed class OutputWriterTests : IDisposable
{
    private readonly string root = TempFolders.Create("output");
    private string Site => Path.Combine(root, "_site");

    private static OutputFile File(string path, string text) => new(path, Encoding.UTF8.GetBytes(text), ["input/" + path]);

    private static readonly OutputFile[] Old = [File("index.html", "cũ"), File("tin-tuc/a/index.html", "bài a"), File("assets/site.css", "css")];
    private static readonly OutputFile[] New = [File("index.html", "mới"), File("tin-tuc/b/index.html", "bài b"), File("assets/site.css", "css")];

    private Dictionary<string, string> Contents() =>
        Directory.EnumerateFiles(Site, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Site, f).Replace('\\', '/'), f => System.IO.File.ReadAllText(f));

    private static Dictionary<string, string> Expected(IEnumerable<OutputFile> files) =>
        files.ToDictionary(f => f.Path, f => Encoding.UTF8.GetString(f.Content.Span));

    private IEnumerable<string> Beside() => Directory.EnumerateFileSystemEntries(root).Select(Path.GetFileName).Order()!;

    [Fact]
    public void The_new_site_replaces_the_old_entirely_and_the_marker_lives_beside_it()
    {
        OutputWriter.Write(Site, Old);
        var summary = OutputWriter.Write(Site, New);

        Assert.Equal(Expected(New), Contents());
        Assert.Equal((2, 1, 1), (summary.Written, summary.Unchanged, summary.Removed));
        Assert.Equal(["index.html", "tin-tuc/b/index.html"], summary.Changed);
        Assert.Equal(["tin-tuc/a/index.html"], summary.RemovedPaths);
        Assert.Equal(["_site", "_site" + OutputFolder.MarkerSuffix], Beside());
    }

    [Fact]
    public void Unchanged_files_keep_their_bytes_and_modification_time()
    {
        OutputWriter.Write(Site, Old);
        var css = Path.Combine(Site, "assets", "site.css");
        var earlier = new DateTime(2020, 7, 15, 8, 30, 0, DateTimeKind.Utc);
        System.IO.File.SetLastWriteTimeUtc(css, earlier);

        OutputWriter.Write(Site, New);

        Assert.Equal(earlier, System.IO.File.GetLastWriteTimeUtc(css));
        Assert.NotEqual(earlier, System.IO.File.GetLastWriteTimeUtc(Path.Combine(Site, "index.html")));
    }

    [Fact]
    public void Files_the_cache_found_already_written_are_carried_over_unread_with_their_bytes_and_time()
    {
        OutputWriter.Write(Site, Old);
        var page = Path.Combine(Site, "tin-tuc", "a", "index.html");
        var earlier = new DateTime(2020, 7, 15, 8, 30, 0, DateTimeKind.Utc);
        System.IO.File.SetLastWriteTimeUtc(page, earlier);
        var kept = OutputFile.Unchanged("tin-tuc/a/index.html", Old[1].Hash, ["input/posts/a.md"],
            () => throw new InvalidOperationException("an already written file must not be read to be published"));

        var summary = OutputWriter.Write(Site, [New[0], kept, New[2]]);

        Assert.Equal(Expected([New[0], Old[1], New[2]]), Contents());
        Assert.Equal(earlier, System.IO.File.GetLastWriteTimeUtc(page));
        Assert.Equal((1, 2, 0), (summary.Written, summary.Unchanged, summary.Removed));
        Assert.Equal(["index.html"], summary.Changed);
    }

    [Fact]
    public void A_folder_from_an_older_version_with_the_marker_inside_is_replaced_and_the_marker_not_kept()
    {
        Directory.CreateDirectory(Site);
        System.IO.File.WriteAllText(Path.Combine(Site, OutputFolder.LegacyMarker), "x");
        System.IO.File.WriteAllText(Path.Combine(Site, "cu.html"), "x");
        OutputWriter.Write(Site, New);
        Assert.Equal(Expected(New), Contents());
    }

    [Fact]
    public void A_non_empty_folder_the_generator_did_not_make_is_never_touched()
    {
        Directory.CreateDirectory(Site);
        System.IO.File.WriteAllText(Path.Combine(Site, "luan-van.docx"), "quan trọng");
        var refused = Assert.Throws<PublishException>(() => OutputWriter.Write(Site, New));
        Assert.Contains("không phải do trình dựng trang tạo ra", refused.Problems.Single().Message);
        Assert.Equal(new Dictionary<string, string> { ["luan-van.docx"] = "quan trọng" }, Contents());
        Assert.Equal(["_site"], Beside());
    }

    [Fact]
    public void An_output_path_that_is_a_file_is_refused()
    {
        System.IO.File.WriteAllText(Site, "tệp");
        var refused = Assert.Throws<PublishException>(() => OutputWriter.Write(Site, New));
        Assert.Contains("là một tệp", refused.Problems.Single().Message);
        Assert.Equal("tệp", System.IO.File.ReadAllText(Site));
    }

    [Fact]
    public void A_name_too_long_for_the_file_system_names_the_content_file_and_writes_nothing()
    {
        OutputWriter.Write(Site, Old);
        var tooLong = new OutputFile($"tu-khoa/{new string('a', 300)}/index.html", "x"u8.ToArray(), ["input/posts/a.md"]);
        var refused = Assert.Throws<PublishException>(() => OutputWriter.Write(Site, [.. New, tooLong]));
        var problem = refused.Problems.Single();
        Assert.Equal("input/posts/a.md", problem.File);
        Assert.Contains("255 byte", problem.Message);
        Assert.Equal(Expected(Old), Contents());
    }

    [Fact]
    public void Two_files_for_one_path_name_both_sources()
    {
        var refused = Assert.Throws<PublishException>(() =>
            OutputWriter.Write(Site, [File("so-lieu/a.csv", "1"), new OutputFile("so-lieu/a.csv", "2"u8.ToArray(), ["input/data/a.json"])]));
        Assert.Contains("input/so-lieu/a.csv", refused.Problems.Single().Message);
    }

    public static TheoryData<string, Exception> Faults => new()
    {
        { "Ổ đĩa đã đầy", new IOException("No space left on device", 28) },
        { "chỉ cho đọc", new IOException("Read-only file system", 30) },
        { "Không có quyền ghi", new UnauthorizedAccessException("Access to the path is denied.") },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void A_write_that_fails_halfway_leaves_the_old_site_exactly_as_it_was(string expected, Exception fault)
    {
        OutputWriter.Write(Site, Old);
        var written = 0;
        var options = new PublishOptions { BeforeWrite = _ => { if (Interlocked.Increment(ref written) == 2) throw fault; } };

        var failed = Assert.Throws<PublishException>(() => OutputWriter.Write(Site, New, options));

        Assert.Contains(expected, failed.Problems.Single().Message);
        Assert.Contains("giữ nguyên", failed.Problems.Single().Message);
        Assert.Equal(Expected(Old), Contents());
        Assert.Equal(["_site", "_site" + OutputFolder.MarkerSuffix], Beside());
    }

    [Fact]
    public void What_an_interrupted_build_left_beside_the_folder_is_cleaned_up_or_restored()
    {
        OutputWriter.Write(Site, Old);
        var folder = OutputFolder.For(Site, out _)!;
        Directory.CreateDirectory(Path.Combine(folder.Staging, "nua-chung"));
        System.IO.File.WriteAllText(Path.Combine(folder.Staging, "nua-chung", "index.html"), "dở");
        Directory.Move(Site, folder.Previous);   // killed between the two renames of the fallback switch

        Assert.Null(OutputWriter.CheckTarget(Site));
        OutputWriter.Write(Site, New);

        Assert.Equal(Expected(New), Contents());
        Assert.Equal(["_site", "_site" + OutputFolder.MarkerSuffix], Beside());
    }

    [Fact]
    public async Task A_second_build_waits_for_the_first_then_publishes_whole()
    {
        OutputWriter.Write(Site, Old);
        var folder = OutputFolder.For(Site, out _)!;
        using var waiting = new ManualResetEventSlim();
        var messages = new List<string>();
        Task<OutputWriter.WriteSummary> second;
        using (OutputLock.Acquire(folder, TimeSpan.FromSeconds(5), null))
        {
            second = Task.Run(() => OutputWriter.Write(Site, New, new PublishOptions(TimeSpan.FromMinutes(5), message =>
            {
                lock (messages) messages.Add(message);
                waiting.Set();
            })), TestContext.Current.CancellationToken);
            Assert.True(waiting.Wait(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken), "the second build never started waiting");
            Assert.Equal(Expected(Old), Contents());
        }

        await second.WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
        Assert.Equal(Expected(New), Contents());
        Assert.Contains("Một lần dựng khác đang ghi", Assert.Single(messages));
    }

    [Fact]
    public void A_build_that_cannot_get_the_lock_in_time_refuses_clearly()
    {
        var folder = OutputFolder.For(Site, out _)!;
        using var held = OutputLock.Acquire(folder, TimeSpan.FromSeconds(5), null);
        var refused = Assert.Throws<PublishException>(() => OutputWriter.Write(Site, New, new PublishOptions(TimeSpan.Zero)));
        Assert.Contains("lần dựng khác", refused.Problems.Single().Message);
        Assert.False(Directory.Exists(Site));
    }

    public void Dispose() => TempFolders.Delete(root);
}
