using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Tests.Support;

namespace PhuocMy.Site.Tests.Authoring;

/// <summary>
/// A folder of a hundred posts, a few of them with mistakes: one build reports every mistake, each at its own file and
/// line, and nothing is folded into "(và N trang khác)".
/// </summary>
public class HundredPostsTests
{
    private static readonly string[] Categories = ["Tin tức - Sự kiện", "Xây dựng Đảng", "Thông báo"];

    private static readonly string[] Topics =
    [
        "ra quân vệ sinh bãi biển", "tiếp công dân định kỳ", "sơ kết công tác Đảng", "phòng chống bão số 9",
        "tiêm vắc-xin Covid-19", "thu ngân sách", "trao quà Tết cho hộ nghèo", "tổng kết hoạt động hè",
    ];

    /// <summary>Post number <paramref name="n"/>: front matter lines 1-6, body from line 7 (sapo), line 9 onwards the rest.</summary>
    private static string Post(int n, string? extraFrontMatter = null, string rest = "Nội dung chi tiết của bài.") => $"""
        ---
        title: Phường tổ chức {Topics[n % Topics.Length]} đợt {n}
        date: 2020-{1 + n % 12:00}-{1 + n % 28:00} 08:00
        category: {Categories[n % Categories.Length]}
        tags: [tin phường]{extraFrontMatter}
        ---
        Sáng nay, UBND phường Thử Nghiệm tổ chức {Topics[n % Topics.Length]} đợt {n} tại khu dân cư số {n % 7 + 1}.

        {rest}

        """;

    private static TestSite HundredPosts(IReadOnlyDictionary<int, string> mistakes)
    {
        var site = new TestSite().With("images/ve-sinh-bien.svg", AuthoringFixtures.Svg);
        for (var n = 1; n <= 100; n++)
            site.With($"posts/2020/tin-{n:000}.md", mistakes.TryGetValue(n, out var text) ? text : Post(n));
        return site;
    }

    private static void AssertReported(GenerationResult result, string file, int line, string inMessage)
    {
        Assert.True(result.Diagnostics.Any(d => d.Severity == Severity.Error && d.File == file && d.Line == line && d.Message.Contains(inMessage, StringComparison.Ordinal)),
            $"Expected an error at {file}:{line} about «{inMessage}».\n{TestSite.Describe(result)}");
    }

    [Fact]
    public void Mistakes_in_front_matter_and_body_are_all_reported_in_one_build()
    {
        var mistakes = new Dictionary<int, string>
        {
            [7] = Post(7).Replace("title: Phường", "title: \"Phường"),
            [15] = Post(15).Replace($"category: {Categories[0]}", "category: Thể thao"),
            [23] = Post(23, rest: "![](/images/ve-sinh-bien.svg)"),
            [31] = Post(31, rest: "{{< chrt thu-ngan-sach >}}"),
            [42] = Post(42, rest: "Xem [tin trước](tin-000.md)."),
            [58] = Post(58, rest: "![Bãi biển sau khi dọn](/images/bai-bien.jpg)"),
            [64] = Post(64, extraFrontMatter: "\nlayout: single"),
            [77] = Post(77, rest: "## Kết quả\n\nNội dung.\n\n#### Chi tiết"),
            [89] = Post(89).Replace($"category: {Categories[89 % 3]}", "categories: [Thông báo, Xây dựng Đảng]"),
            [95] = "+++\ntitle = \"Thiếu ngoặc đóng\ndate = 2020-08-03\n+++\nNội dung.\n",
        };
        var result = HundredPosts(mistakes).Generate();

        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
        AssertReported(result, "input/posts/2020/tin-007.md", 2, "ngoặc kép");
        AssertReported(result, "input/posts/2020/tin-015.md", 4, "Thể thao");
        AssertReported(result, "input/posts/2020/tin-023.md", 9, "mô tả thay thế");
        AssertReported(result, "input/posts/2020/tin-031.md", 9, "chrt");
        AssertReported(result, "input/posts/2020/tin-042.md", 9, "tin-000.md");
        AssertReported(result, "input/posts/2020/tin-058.md", 9, "/images/bai-bien.jpg");
        AssertReported(result, "input/posts/2020/tin-064.md", 6, "single");
        AssertReported(result, "input/posts/2020/tin-077.md", 13, "Chi tiết");
        AssertReported(result, "input/posts/2020/tin-089.md", 4, "Thông báo, Xây dựng Đảng");
        Assert.Contains(result.Diagnostics, d => d.File == "input/posts/2020/tin-095.md" && d.Line is 2 or 3 && d.Message.Contains("TOML"));
        Assert.True(10 == result.Diagnostics.Count(d => d.Severity == Severity.Error), TestSite.Describe(result));
    }

    [Fact]
    public void Problems_found_on_the_generated_pages_are_listed_for_each_file_at_its_line()
    {
        const string brokenLink = "Xem thêm [tin cũ](/tin-tuc/khong-con-nua/).";
        var mistakes = new Dictionary<int, string>
        {
            [3] = Post(3, rest: brokenLink),
            [29] = Post(29, rest: brokenLink),
            [51] = Post(51, rest: "Đoạn một.\n\n" + brokenLink),
            [86] = Post(86, rest: brokenLink),
            [90] = Post(90, rest: "Xem [mục kết quả](#ket-qua-khong-co)."),
        };
        var result = HundredPosts(mistakes)
            .With("pages/bang-gia.md", "---\ntitle: Bảng giá dịch vụ\n---\n| Dịch vụ | Giá |\n|---|---:|\n| Sao y | 2.000 đ |\n")
            .Generate();

        Assert.False(result.Succeeded);
        AssertReported(result, "input/posts/2020/tin-003.md", 9, "/tin-tuc/khong-con-nua/");
        AssertReported(result, "input/posts/2020/tin-029.md", 9, "/tin-tuc/khong-con-nua/");
        AssertReported(result, "input/posts/2020/tin-051.md", 11, "/tin-tuc/khong-con-nua/");
        AssertReported(result, "input/posts/2020/tin-086.md", 9, "/tin-tuc/khong-con-nua/");
        AssertReported(result, "input/posts/2020/tin-090.md", 9, "#ket-qua-khong-co");
        var description = Assert.Single(result.Diagnostics, d => d.File == "input/pages/bang-gia.md");
        Assert.Equal(1, description.Line);
        Assert.Contains("description:", description.Hint);
        Assert.Equal(6, result.Diagnostics.Count(d => d.Severity == Severity.Error));
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("trang khác", StringComparison.Ordinal));
    }

    [Fact]
    public void Broken_files_do_not_hide_the_problems_the_other_files_have_on_their_pages()
    {
        var mistakes = new Dictionary<int, string>
        {
            [12] = Post(12).Replace("title: Phường", "title: \"Phường"),
            [13] = "+++\ntitle = \"Thiếu ngoặc đóng\ndate = 2020-08-03\n+++\nNội dung.\n",
            [40] = Post(40, rest: "Xem thêm [tin cũ](/tin-tuc/khong-con-nua/)."),
            [41] = Post(41, rest: "Xem [tin 13](tin-013.md) và [tin 12](/tin-tuc/tin-012/)."),
            [64] = Post(64, extraFrontMatter: "\nlayout: single", rest: "Xem [mục kết quả](#ket-qua-khong-co)."),
        };
        var result = HundredPosts(mistakes).Generate();

        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
        AssertReported(result, "input/posts/2020/tin-012.md", 2, "ngoặc kép");
        Assert.Contains(result.Diagnostics, d => d.File == "input/posts/2020/tin-013.md" && d.Line is 2 or 3 && d.Message.Contains("TOML"));
        AssertReported(result, "input/posts/2020/tin-040.md", 9, "/tin-tuc/khong-con-nua/");
        AssertReported(result, "input/posts/2020/tin-064.md", 6, "single");
        AssertReported(result, "input/posts/2020/tin-064.md", 10, "#ket-qua-khong-co");
        // Links to the two posts that could not be read are not blamed on the post that links to them.
        Assert.DoesNotContain(result.Diagnostics, d => d.File == "input/posts/2020/tin-041.md");
        Assert.Equal(5, result.Diagnostics.Count(d => d.Severity == Severity.Error));
    }
}
