using System.Globalization;
using System.Text;
using PhuocMy.Site.Composition;
using PhuocMy.Site.Output;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Testing;
using PhuocMy.Site.Tests.Support;

namespace PhuocMy.Site.Tests.Cli;

/// <summary>
/// Two generated sites big enough that writing takes a while (every page differs between them: another site title,
/// other posts), built once each into reference folders whose manifests say what "entirely one site" means.
/// </summary>
public sealed class TwoSites : IDisposable
{
    public const int Posts = 500;

    public string Root { get; } = TempFolders.Create("atomic");
    public string InputA => Path.Combine(Root, "input-a");
    public string InputB => Path.Combine(Root, "input-b");
    public IReadOnlyDictionary<string, string> A { get; }
    public IReadOnlyDictionary<string, string> B { get; }

    public TwoSites()
    {
        Write(InputA, "Phường Thử Nghiệm A", first: 0);
        Write(InputB, "Phường Thử Nghiệm B", first: 50);
        A = Reference(InputA, "ref-a");
        B = Reference(InputB, "ref-b");
        Assert.False(SiteManifest.Same(A, B));
    }

    public string[] Build(string input, string output) => ["build", "--input", input, "--theme", RepositoryPaths.Theme, "--output", output];

    /// <summary>A complete build in this process (faster than starting the command line; the same generator).</summary>
    public static void BuildInProcess(string input, string output)
    {
        var result = SiteBuilder.Build(new BuildOptions(input, RepositoryPaths.Theme, output), StandardSite.Generator());
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    private IReadOnlyDictionary<string, string> Reference(string input, string name)
    {
        var output = Path.Combine(Root, name);
        BuildInProcess(input, output);
        return SiteManifest.Of(output);
    }

    private static void Write(string input, string title, int first)
    {
        Directory.CreateDirectory(Path.Combine(input, "posts"));
        File.WriteAllText(Path.Combine(input, "site.yml"), TestSite.Settings
            .Replace("title: Cổng thông tin điện tử phường Thử Nghiệm", $"title: Cổng thông tin điện tử {title}")
            .Replace("posts_per_page: 3", "posts_per_page: 10"));
        var body = string.Join("\n\n", Enumerable.Range(1, 12).Select(i =>
            $"Đoạn {i}: Ủy ban nhân dân phường tổ chức hội nghị sơ kết công tác, đánh giá kết quả thực hiện nhiệm vụ và đề ra phương hướng cho thời gian tới."));
        string[] categories = ["Tin tức - Sự kiện", "Xây dựng Đảng", "Thông báo"];
        for (var i = first; i < first + Posts; i++)
        {
            var date = new DateTime(2015, 1, 1).AddHours(i * 17.3);
            File.WriteAllText(Path.Combine(input, "posts", $"tin-{i}.md"), new StringBuilder()
                .Append(CultureInfo.InvariantCulture, $"---\ntitle: Tin số {i} về hoạt động của phường\ndate: {date:yyyy-MM-dd HH:mm}\n")
                .Append(CultureInfo.InvariantCulture, $"category: {categories[i % 3]}\ntags: [chủ đề {i % 7}]\nsample: true\n---\n")
                .Append(body).Append('\n').ToString());
        }
    }

    public void Dispose() => TempFolders.Delete(Root);
}

/// <summary>
/// The output folder is always entirely the old site or entirely the new one: builds killed at varied moments of
/// their write phase, two builds into one folder at once, and a build waiting for another's lock.
/// </summary>
public sealed class AtomicPublishTests(TwoSites sites) : IClassFixture<TwoSites>, IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private readonly string root = TempFolders.Create("publish");
    private string Output => Path.Combine(root, "_site");
    private OutputFolder Folder => OutputFolder.For(Output, out _)!;

    /// <summary>Which of the two sites the folder holds; fails when it is a mix, truncated, or missing.</summary>
    private char Holds()
    {
        Assert.True(Directory.Exists(Output), "the output folder is missing");
        var manifest = SiteManifest.Of(Output);
        if (SiteManifest.Same(manifest, sites.A)) return 'A';
        if (SiteManifest.Same(manifest, sites.B)) return 'B';
        Assert.Fail($"the output is neither site: against A {SiteManifest.Difference(manifest, sites.A)}; against B {SiteManifest.Difference(manifest, sites.B)}");
        return '?';
    }

    private string InputFor(char site) => site == 'A' ? sites.InputA : sites.InputB;

    [Fact]
    public void A_build_killed_at_any_moment_of_its_write_phase_leaves_one_whole_site()
    {
        TwoSites.BuildInProcess(sites.InputA, Output);
        var holds = Holds();
        var total = sites.B.Count;
        // Kill when the staged site has this share of its files, and once right after the switch (while the old
        // site is being deleted). Bounded: seven trials.
        double[] moments = [0, 0.15, 0.35, 0.55, 0.75, 0.95, double.NaN];
        var interrupted = 0;

        foreach (var moment in moments)
        {
            var next = holds == 'A' ? 'B' : 'A';
            var nextIndex = File.ReadAllBytes(Path.Combine(sites.Root, next == 'A' ? "ref-a" : "ref-b", "index.html"));
            using var build = CliProcess.Start(sites.Build(InputFor(next), Output));
            var reached = SpinWait.SpinUntil(() => build.HasExited || (double.IsNaN(moment)
                ? SwitchedTo(nextIndex)
                : StagedFiles(atLeast: (int)(moment * total)) >= (int)(moment * total)), Patience);
            Assert.True(reached, $"the build never reached its write phase\n{build.Error}");
            if (!build.HasExited) interrupted++;
            build.Kill();

            holds = Holds();
        }

        Assert.True(interrupted >= moments.Length / 2, $"only {interrupted} of {moments.Length} builds were killed while writing");

        // The next build repairs whatever a killed build left beside the folder.
        var last = holds == 'A' ? 'B' : 'A';
        TwoSites.BuildInProcess(InputFor(last), Output);
        Assert.Equal(last, Holds());
        Assert.False(Directory.Exists(Folder.Staging));
        Assert.False(Directory.Exists(Folder.Previous));
    }

    [Fact]
    public void Two_builds_into_one_folder_at_once_both_succeed_and_leave_one_whole_site()
    {
        using var a = CliProcess.Start(sites.Build(sites.InputA, Output));
        using var b = CliProcess.Start(sites.Build(sites.InputB, Output));
        Assert.True(a.WaitForExit() == 0, a.Error);
        Assert.True(b.WaitForExit() == 0, b.Error);

        Assert.Contains(Holds(), "AB");
        // Beside the site: only its marker (the lock) and the default build cache; no staging folder left, nothing else.
        Assert.Equal([".phuocmy-cache", "_site", "_site" + OutputFolder.MarkerSuffix], Directory.EnumerateFileSystemEntries(root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["_site"], Directory.EnumerateFileSystemEntries(Path.Combine(root, ".phuocmy-cache")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_build_waits_with_a_message_while_another_holds_the_folder()
    {
        TwoSites.BuildInProcess(sites.InputA, Output);
        using var second = CliProcess.Start(sites.Build(sites.InputB, Output));
        using (OutputLock.Acquire(Folder, TimeSpan.FromSeconds(30), null))
        {
            await second.Printed("Một lần dựng khác đang ghi vào").WaitAsync(Patience, TestContext.Current.CancellationToken);
            Assert.Equal('A', Holds());
        }
        Assert.True(second.WaitForExit() == 0, second.Error);
        Assert.Equal('B', Holds());
    }

    /// <summary>Files in the staging folder, counted only up to what the condition needs.</summary>
    private int StagedFiles(int atLeast)
    {
        try
        {
            if (!Directory.Exists(Folder.Staging)) return -1;
            return Directory.EnumerateFiles(Folder.Staging, "*", SearchOption.AllDirectories).Take(Math.Max(atLeast, 1)).Count();
        }
        catch (Exception e) when (e is DirectoryNotFoundException or IOException)
        {
            return -1;
        }
    }

    private bool SwitchedTo(byte[] index)
    {
        try
        {
            return File.ReadAllBytes(Path.Combine(Output, "index.html")).AsSpan().SequenceEqual(index);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or IOException)
        {
            return false;
        }
    }

    public void Dispose() => TempFolders.Delete(root);
}
