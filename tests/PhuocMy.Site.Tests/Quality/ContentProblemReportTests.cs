using System.Text;
using PhuocMy.Site.Caching;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Output;
using PhuocMy.Site.Pipeline.Stages;
using PhuocMy.Site.Quality;

namespace PhuocMy.Site.Tests.Quality;

/// <summary>Problems of the theme are folded once; problems of an author's file are listed at each file and line.</summary>
public class ContentProblemReportTests
{
    private static OutputFile Page(string path, string origin, string body) =>
        new(path, Encoding.UTF8.GetBytes(CheckHarness.Page(body)), [origin]) { Origin = origin };

    [Fact]
    public void A_theme_link_broken_on_every_page_is_reported_once_and_a_content_link_at_each_files_line()
    {
        const string menu = "<nav><a href=\"/khong-co-trang-nay/\">Menu</a></nav>";
        var files = Enumerable.Range(1, 6)
            .Select(n => Page($"tin-tuc/tin-{n}/index.html", $"input/posts/tin-{n}.md", $"<h1>Tin {n}</h1>{menu}<p><a href=\"/tin-tuc/cu%20ki/\">cũ</a></p>"))
            .ToList();
        var sources = Enumerable.Range(1, 6).ToDictionary(n => $"input/posts/tin-{n}.md",
            n => new SourceLines($"input/posts/tin-{n}.md", [("/tin-tuc/cu ki/", 10 + n)], "summary"));
        var bag = new DiagnosticBag();

        CheckPagesStage.Run(files, [new InternalLinkCheck()], "/", bag, CacheSession.None(), sources);

        var diagnostics = bag.ToList();
        var theme = Assert.Single(diagnostics, d => d.Line is null);
        Assert.Contains("/khong-co-trang-nay/", theme.Message);
        Assert.Contains("và 5 trang khác", theme.Message);
        var content = diagnostics.Where(d => d.Line is not null).ToList();
        Assert.Equal(Enumerable.Range(1, 6).Select(n => ($"input/posts/tin-{n}.md", 10 + n)), content.Select(d => (d.File, d.Line ?? 0)));
        Assert.All(content, d => Assert.DoesNotContain("trang khác", d.Message));
    }

    [Fact]
    public void Addresses_match_however_they_are_escaped_or_composed()
    {
        var lines = new SourceLines("input/posts/a.md", [("/images/hội nghị.png", 7), ("/images/h%E1%BB%99i%20ngh%E1%BB%8B.png", 9)]);
        Assert.Equal([7, 9], lines.LinesOf("/images/h%E1%BB%99i%20ngh%E1%BB%8B.png"));
        Assert.Equal([7, 9], lines.LinesOf("/images/hội nghị.png".Normalize(NormalizationForm.FormD)));
        Assert.Empty(lines.LinesOf("/images/khac.png"));
    }

    [Fact]
    public void An_image_without_alt_in_an_authors_file_is_reported_at_its_line()
    {
        var sources = new Dictionary<string, SourceLines> { ["input/posts/a.md"] = new("input/posts/a.md", [("/images/a.png", 12)]) };
        var bag = new DiagnosticBag();
        CheckPagesStage.Run([Page("tin-tuc/a/index.html", "input/posts/a.md", "<h1>A</h1><img src=\"/images/a.png\">")], [new ImageAltCheck()], "/", bag, CacheSession.None(), sources);
        var error = Assert.Single(bag.ToList());
        Assert.Equal(("input/posts/a.md", 12), (error.File, error.Line ?? 0));
    }

    [Fact]
    public void A_cached_check_still_names_the_authors_file_at_the_line_the_link_is_on_now_in_every_build()
    {
        var page = Page("tin-tuc/a/index.html", "input/posts/a.md", "<h1>A</h1><p><a href=\"/tin-tuc/khong-co/\">cũ</a></p>");
        Dictionary<string, SourceLines> LinkOn(int line) => new() { ["input/posts/a.md"] = new("input/posts/a.md", [("/tin-tuc/khong-co/", line)], "summary") };

        var session = CacheSession.None();
        CheckPagesStage.Run([page], [new InternalLinkCheck()], "/", new DiagnosticBag(), session, LinkOn(9));
        foreach (var line in new[] { 12, 12, 15 })
        {
            session = new CacheSession(session.Next, (_, _) => false, _ => ReadOnlyMemory<byte>.Empty);
            var bag = new DiagnosticBag();
            CheckPagesStage.Run([page], [new InternalLinkCheck()], "/", bag, session, LinkOn(line));

            Assert.Equal((1, 0), (session.Counters.CheckedReused, session.Counters.CheckedMade));
            var error = Assert.Single(bag.ToList());
            Assert.Equal(("input/posts/a.md", line), (error.File, error.Line ?? 0));
            Assert.Contains("/tin-tuc/khong-co/", error.Message);
        }
    }

    [Fact]
    public void A_page_without_description_blames_the_key_its_author_must_write_even_from_the_cache()
    {
        var html = CheckHarness.Page("<h1>Bảng giá</h1>").Replace("content=\"Trang thử\"", "content=\"\"");
        var page = new OutputFile("bang-gia/index.html", Encoding.UTF8.GetBytes(html), ["input/pages/bang-gia.md"]) { Origin = "input/pages/bang-gia.md" };
        var sources = new Dictionary<string, SourceLines> { ["input/pages/bang-gia.md"] = new("input/pages/bang-gia.md", [], "description") };

        var session = CacheSession.None();
        for (var build = 0; build < 2; build++)
        {
            var bag = new DiagnosticBag();
            CheckPagesStage.Run([page], [new DocumentMetadataCheck()], "/", bag, session, sources);
            var error = Assert.Single(bag.ToList());
            Assert.Equal(("input/pages/bang-gia.md", 1), (error.File, error.Line ?? 0));
            Assert.Contains("description:", error.Hint);
            Assert.Equal(build, session.Counters.CheckedReused);
            session = new CacheSession(session.Next, (_, _) => false, _ => ReadOnlyMemory<byte>.Empty);
        }
    }
}
