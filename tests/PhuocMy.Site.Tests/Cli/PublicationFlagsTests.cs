using PhuocMy.Site.Cli;
using PhuocMy.Site.Content;
using PhuocMy.Site.SiteModel;
using PhuocMy.Site.Testing;
using PhuocMy.Site.Tests.Support;

namespace PhuocMy.Site.Tests.Cli;

/// <summary><c>build</c> over real folders: drafts and future posts only with their flags; lapsed posts out of listings.</summary>
public sealed class PublicationFlagsTests : IDisposable
{
    private readonly string root = TempFolders.Create("flags");
    private string Input => Path.Combine(root, "input");
    private string Output => Path.Combine(root, "out");

    public PublicationFlagsTests()
    {
        Write("site.yml", TestSite.Settings);
        Write("posts/hien-hanh.md", "---\ntitle: Tin hiện hành\ndate: 2025-06-10\n---\nMở đầu.\n");
        Write("posts/nhap.md", "---\ntitle: Tin nháp\ndate: 2025-06-11\ndraft: true\n---\nMở đầu.\n");
        Write("posts/tuong-lai.md", "---\ntitle: Tin hẹn giờ\ndate: 2999-01-01 07:00\n---\nMở đầu.\n");
        Write("posts/het-han.md", "---\ntitle: Tin hết hạn\ndate: 2025-06-01\nexpires: 2025-06-05\n---\nMở đầu.\n");
    }

    private void Write(string path, string text)
    {
        var full = Path.Combine(Input, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private bool Page(string slug) => File.Exists(Path.Combine(Output, "tin-tuc", slug, "index.html"));

    private bool Listed(string slug) => File.ReadAllText(Path.Combine(Output, "tin-tuc", "index.html")).Contains($"href=\"/tin-tuc/{slug}/\"", StringComparison.Ordinal);

    private int Build(params string[] flags) =>
        Program.Main(["build", "--input", Input, "--theme", RepositoryPaths.Theme, "--output", Output, .. flags]);

    [Fact]
    public void A_public_build_has_no_drafts_and_no_future_posts_and_lists_no_lapsed_post()
    {
        Assert.Equal(0, Build());
        Assert.True(Page("hien-hanh") && Listed("hien-hanh"));
        Assert.False(Page("nhap"));
        Assert.False(Page("tuong-lai"));
        Assert.True(Page("het-han"));
        Assert.False(Listed("het-han"));
    }

    [Fact]
    public void The_flags_bring_drafts_and_future_posts_in()
    {
        Assert.Equal(0, Build("--drafts", "--future"));
        Assert.True(Page("nhap") && Listed("nhap"));
        Assert.True(Page("tuong-lai") && Listed("tuong-lai"));
        Assert.True(Page("het-han"));
        Assert.False(Listed("het-han"));

        Assert.Equal(0, Build("--future"));
        Assert.False(Page("nhap"));
        Assert.True(Page("tuong-lai"));
    }

    [Fact]
    public void The_summary_says_how_many_posts_were_left_out_why_and_how_to_see_them()
    {
        PublicationEntry Left(string path, string date) => new(path, DateTimeOffset.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        var report = new PublicationReport(
            [Left("input/posts/nhap.md", "2025-06-11T00:00:00+07:00")],
            [Left("input/posts/b.md", "2025-07-28T07:00:00+07:00"), Left("input/posts/a.md", "2025-07-21T07:00:00+07:00")],
            [Left("input/posts/het-han.md", "2025-06-01T00:00:00+07:00")]);

        var lines = BuildSummary.Publication(report).ToList();

        Assert.Equal("Không đăng 3 bài: 1 bài nháp (draft: true; xem bằng --drafts), 2 bài hẹn giờ (bài sớm nhất hiện ở lần dựng đầu tiên sau 21/07/2025 07:00; xem bằng --future).", lines[0]);
        Assert.Contains("  input/posts/nhap.md (nháp)", lines);
        Assert.Contains("  input/posts/a.md (hẹn 21/07/2025 07:00)", lines);
        Assert.StartsWith("1 bài đã hết hiệu lực", lines[^1]);
    }

    public void Dispose() => TempFolders.Delete(root);
}
