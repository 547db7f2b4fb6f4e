using System.Text.RegularExpressions;
using PhuocMy.Site.Composition;
using PhuocMy.Site.Pipeline;

namespace PhuocMy.Site.Tests.Deploy;

/// <summary>
/// Consecutive deploys with Netlify's own runner, each on a fresh checkout in the same build folder, carrying over
/// only what Netlify itself restores: its build cache. (Two runs in one folder would keep bin/, obj/ and
/// .phuocmy-cache/ and look warm when Netlify would not be.)
/// </summary>
public sealed partial class NetlifyBuildCacheTests(ConsecutiveDeploys deploys) : IClassFixture<ConsecutiveDeploys>
{
    [Fact]
    public void The_first_deploy_finds_no_cache_compiles_the_generator_and_builds_everything()
    {
        var (exit, log) = deploys.First;
        Assert.True(exit == 0, log);
        Assert.Contains("Chưa có bộ nhớ đệm của lần triển khai trước", log);
        Assert.Contains("Biên dịch trình dựng trang", log);
        var (_, _, rendered, renderedTotal) = Reuse(log);
        Assert.Equal(0, rendered);
        Assert.True(renderedTotal > 100, log);
        Assert.Contains("Đã giữ cho lần triển khai sau: .phuocmy-cache, _site, _site.phuocmy-output, .deploy-cache.", log);
    }

    [Fact]
    public void The_next_deploy_restores_the_cache_and_redoes_only_the_edited_post()
    {
        var (exit, log) = deploys.Second;
        Assert.True(exit == 0, log);
        Assert.Contains("đã lấy lại .phuocmy-cache, _site, _site.phuocmy-output, .deploy-cache.", log);
        Assert.Contains("dùng lại, không biên dịch", log);
        Assert.DoesNotContain("Biên dịch trình dựng trang", log);
        Assert.Equal(SourceHash(deploys.First.Log), SourceHash(log));

        var (parsed, parsedTotal, rendered, renderedTotal) = Reuse(log);
        Assert.Equal(parsedTotal - 1, parsed);
        Assert.InRange(rendered, renderedTotal * 9 / 10, renderedTotal - 1);
        Assert.Matches(@"Đã dựng [\d.]+ trang \([\d.]+ trang dùng lại từ bộ nhớ đệm\)", log);
    }

    [Fact]
    public void The_next_deploys_site_is_byte_identical_to_a_cold_build_of_the_same_input()
    {
        Assert.NotEmpty(deploys.ColdSite);
        AssertSameSite(deploys.ColdSite, deploys.SecondSite);
    }

    [Fact]
    public void A_deploy_with_a_broken_link_fails_lists_the_problem_at_its_line_and_leaves_the_site_as_it_was()
    {
        var (exit, log) = deploys.Failed;
        Assert.NotEqual(0, exit);
        var (file, line) = deploys.BrokenLink;
        var lines = log.Split('\n');
        var header = Array.IndexOf(lines, file);
        Assert.True(header >= 0, $"no problem listed under {file}:\n{log}");
        Assert.Contains(lines.Skip(header + 1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal)),
            l => l.StartsWith($"  dòng {line}: lỗi: ", StringComparison.Ordinal) && l.Contains("/tin-tuc/khong-co-bai-nay/", StringComparison.Ordinal));
        Assert.Contains("Dựng thất bại", log);
        AssertSameSite(deploys.SecondSite, deploys.FailedSite);
        // What the failed deploy restored is kept for the next one.
        Assert.Contains("Đã giữ cho lần triển khai sau: .phuocmy-cache, _site, _site.phuocmy-output, .deploy-cache.", log);
    }

    [Fact]
    public void A_changed_generator_source_and_a_partial_cache_give_the_same_site_compiled_again()
    {
        var (exit, log) = deploys.Third;
        Assert.True(exit == 0, log);
        Assert.Contains("Bộ nhớ đệm thiếu _site.phuocmy-output: bỏ _site, _site.phuocmy-output", log);
        Assert.Contains("Biên dịch trình dựng trang", log);
        Assert.DoesNotContain("dùng lại, không biên dịch", log);
        Assert.NotEqual(SourceHash(deploys.Second.Log), SourceHash(log));
        AssertSameSite(deploys.ColdSite, deploys.ThirdSite);
    }

    private static void AssertSameSite(IReadOnlyDictionary<string, byte[]> expected, IReadOnlyDictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        var different = expected.Keys.Where(path => !expected[path].AsSpan().SequenceEqual(actual[path])).ToList();
        Assert.True(different.Count == 0, "files that differ: " + string.Join(", ", different.Take(20)));
    }

    private static string SourceHash(string log) => SourceHashLine().Match(log) is { Success: true } match ? match.Groups[1].Value : throw new Xunit.Sdk.XunitException("no source hash in:\n" + log);

    private static (int Parsed, int ParsedTotal, int Rendered, int RenderedTotal) Reuse(string log)
    {
        var match = ReuseLine().Match(log);
        Assert.True(match.Success, "no cache summary (--timings) in:\n" + log);
        int At(int group) => int.Parse(match.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);
        return (At(1), At(2), At(3), At(4));
    }

    [GeneratedRegex(@"mã nguồn ([0-9a-f]{12})…")]
    private static partial Regex SourceHashLine();

    [GeneratedRegex(@"bộ nhớ đệm: đọc bài (\d+)/(\d+), dựng trang (\d+)/(\d+)")]
    private static partial Regex ReuseLine();
}

/// <summary>
/// Four deploys in one build folder: the repository as it is; then with one post edited; then with a broken link
/// in that post (it fails); then with the post fixed, the generator's source changed and part of the cache lost. Between deploys the folder is deleted and checked out again, and only Netlify's build cache
/// is carried over. Also a cold build (no cache at all) of the edited input, to compare with.
/// </summary>
public sealed class ConsecutiveDeploys : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("phuocmy-deploys-").FullName;
    private string Site => Path.Combine(root, "repo");
    private string Scratch => Path.Combine(root, "scratch");
    private string KeptCache => Path.Combine(root, "netlify-cache");

    public (int ExitCode, string Log) First { get; }
    public (int ExitCode, string Log) Second { get; }
    public (int ExitCode, string Log) Failed { get; }
    public (int ExitCode, string Log) Third { get; }
    public (string File, int Line) BrokenLink { get; private set; }
    public IReadOnlyDictionary<string, byte[]> FailedSite { get; }
    public IReadOnlyDictionary<string, byte[]> SecondSite { get; }
    public IReadOnlyDictionary<string, byte[]> ThirdSite { get; }
    public IReadOnlyDictionary<string, byte[]> ColdSite { get; }

    public ConsecutiveDeploys()
    {
        First = Deploy(_ => { });
        Second = Deploy(site => EditOnePost(site));
        SecondSite = Files(Path.Combine(Site, "_site"));

        var cold = SiteBuilder.Build(new BuildOptions(Path.Combine(Site, "input"), Path.Combine(Site, "theme"), Path.Combine(root, "cold", "_site")), StandardSite.Generator());
        Assert.True(cold.Succeeded, string.Join("\n", cold.Diagnostics));
        ColdSite = Files(Path.Combine(root, "cold", "_site"));

        Failed = Deploy(site =>
        {
            var post = EditOnePost(site);
            File.AppendAllText(post, "\nXem [bài cũ](/tin-tuc/khong-co-bai-nay/).\n");
            var line = Array.FindIndex(File.ReadAllLines(post), l => l.Contains("khong-co-bai-nay", StringComparison.Ordinal)) + 1;
            BrokenLink = (Path.GetRelativePath(site, post).Replace('\\', '/'), line);
        });
        FailedSite = Files(Path.Combine(Site, "_site"));

        // A partial cache: the output folder's marker lost (Netlify's local cache keeps each path under cwd/).
        foreach (var marker in Directory.EnumerateFiles(Path.Combine(KeptCache, "cwd"), "_site.phuocmy-output*")) File.Delete(marker);
        Third = Deploy(site =>
        {
            EditOnePost(site);
            File.AppendAllText(Path.Combine(site, "src", "PhuocMy.Site", "Cli", "Program.cs"), "\n// A changed source of the generator (deploy test).\n");
        });
        ThirdSite = Files(Path.Combine(Site, "_site"));
    }

    /// <summary>A fresh checkout, changed by <paramref name="change"/>, with the cache the last deploy left; then Netlify's build.</summary>
    private (int ExitCode, string Log) Deploy(Action<string> change)
    {
        if (Directory.Exists(Site)) Directory.Delete(Site, recursive: true);
        NetlifyBuildRunner.Checkout(Site);
        change(Site);
        var cache = NetlifyBuildRunner.CacheOf(Site);
        if (Directory.Exists(KeptCache))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(cache)!);
            Directory.Move(KeptCache, cache);
        }
        var result = NetlifyBuildRunner.Build(Site, Scratch);
        if (Directory.Exists(cache)) Directory.Move(cache, KeptCache);
        return result;
    }

    /// <summary>Adds a paragraph to the first published post: the one change a staff member's commit makes.</summary>
    private static string EditOnePost(string site)
    {
        var post = Directory.EnumerateFiles(Path.Combine(site, "input", "posts"), "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .First(path => !File.ReadAllText(path).Contains("draft: true", StringComparison.Ordinal));
        File.AppendAllText(post, "\nĐoạn văn thêm vào để kiểm tra lần triển khai sau.\n");
        return post;
    }

    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(folder, path).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

    public void Dispose() => Directory.Delete(root, recursive: true);
}
