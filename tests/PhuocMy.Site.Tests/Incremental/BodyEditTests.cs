using System.Text;
using PhuocMy.Site.Pipeline.Live;

namespace PhuocMy.Site.Tests.Incremental;

/// <summary>
/// The preview's redraw of an edited post (<see cref="BodyEdit"/>) draws exactly what a full build of the edited
/// site draws, and declines every edit it cannot show that way.
/// </summary>
public sealed class BodyEditTests
{
    private const string SeedPost = "input/posts/2020/hoi-nghi-so-ket-6-thang-dau-nam-2020.md";

    [Fact]
    public void Each_posts_redrawn_page_is_byte_for_byte_the_full_builds_page()
    {
        using var site = new WorkingSite();
        var live = site.Full(keepLiveSite: true).Live;
        Assert.NotNull(live);
        var published = site.Full().Files.Select(file => file.Origin).OfType<string>().ToHashSet(StringComparer.Ordinal);

        var posts = site.SourceFiles().Where(path => path.StartsWith("input/posts/", StringComparison.Ordinal) && path.EndsWith(".md", StringComparison.Ordinal)).ToList();
        var redrawn = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var declined = new List<string>();
        for (var i = 0; i < posts.Count; i++)
        {
            var text = site.Read(posts[i]) + $"\nĐoạn viết thêm lần {i}: *nhấn mạnh*, [liên hệ](/lien-he/) và số 8.670.000.000 đ.\n";
            site.Write(posts[i], text);
            var edit = BodyEdit.Try(live, posts[i]["input/".Length..], Encoding.UTF8.GetBytes(text));
            if (edit.Declined is { } why) declined.Add($"{posts[i]}: {why}");
            foreach (var page in edit.Pages) redrawn.Add(page.OutputPath, page.Content);
        }

        // Drafts have no page in a public build: nothing to redraw. Every published post takes the edit at once.
        Assert.All(declined, line => Assert.EndsWith("no page shows this post", line));
        Assert.Equal(posts.Count(published.Contains), posts.Count - declined.Count);
        Assert.True(redrawn.Count >= posts.Count - declined.Count);

        var full = site.Full().Files.ToDictionary(file => file.Path, file => file.Bytes().ToArray(), StringComparer.Ordinal);
        var differences = redrawn.Where(page => !full[page.Key].AsSpan().SequenceEqual(page.Value)).Select(page => page.Key).ToList();
        Assert.True(differences.Count == 0, "Redrawn unlike the full build: " + string.Join(", ", differences));
        Assert.Contains(redrawn.Values, page => Encoding.UTF8.GetString(page).Contains("<em>nhấn mạnh</em>", StringComparison.Ordinal));
    }

    [Fact]
    public void A_new_title_a_new_sapo_an_error_or_a_theme_file_is_left_to_the_build()
    {
        using var site = new WorkingSite();
        var live = site.Full(keepLiveSite: true).Live!;
        var seed = site.Read(SeedPost);

        var retitled = seed.Replace("title: Đảng ủy phường Phước Mỹ sơ kết", "title: Đảng ủy phường sơ kết", StringComparison.Ordinal);
        Assert.Equal("front matter changed", Try(live, SeedPost, retitled).Declined);

        // The seed post has no summary: its first paragraph is the sapo every listing shows.
        var body = seed.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5;
        var newSapo = seed.Insert(body, "\nMột đoạn mở đầu mới.\n");
        Assert.Equal("the card changed", Try(live, SeedPost, newSapo).Declined);

        Assert.Equal("the post has errors", Try(live, SeedPost, seed + "\n{{< chart khong-co-bang-nay >}}\n").Declined);
        Assert.Equal("not a post the last build read", Try(live, "theme/_layouts/post.liquid", "<article>{{ content }}</article>").Declined);
        Assert.Equal("not a post the last build read", Try(live, "input/pages/gioi-thieu.md", "---\ntitle: Giới thiệu\n---\nMới.\n").Declined);
        Assert.Equal("not a post the last build read", Try(live, "input/posts/2025/bai-moi-chua-dung.md", "---\ntitle: Mới\n---\nMới.\n").Declined);
    }

    private static BodyEditResult Try(LiveSite live, string path, string text) =>
        BodyEdit.Try(live, path[(path.IndexOf('/') + 1)..], Encoding.UTF8.GetBytes(text));
}
