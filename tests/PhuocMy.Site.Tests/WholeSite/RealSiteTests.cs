using AngleSharp.Html.Parser;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.SiteModel;
using PhuocMy.Site.Tests.Support;

namespace PhuocMy.Site.Tests.WholeSite;

/// <summary>The portal as it is in input/ and theme/: it builds cleanly and every post is near the home page.</summary>
public class RealSiteTests
{
    [Fact]
    public void Builds_without_errors_or_warnings()
    {
        Assert.True(RealSite.Result.Succeeded, TestSite.Describe(RealSite.Result));
        Assert.Empty(RealSite.Result.Diagnostics);
    }

    [Fact]
    public void Every_post_is_within_three_clicks_of_the_home_page()
    {
        var pages = RealSite.Result.Files.Where(f => f.IsHtml).ToDictionary(f => f.Path, f => System.Text.Encoding.UTF8.GetString(f.Content.Span));
        var distance = new Dictionary<string, int> { ["index.html"] = 0 };
        var queue = new Queue<string>(["index.html"]);
        var parser = new HtmlParser();
        while (queue.Count > 0)
        {
            var page = queue.Dequeue();
            if (distance[page] == 3) continue;
            foreach (var href in parser.ParseDocument(pages[page]).QuerySelectorAll("a[href^='/']").Select(a => a.GetAttribute("href")!))
            {
                var target = PhuocMy.Site.Urls.SitePaths.OutputPathOf(href.Split('#')[0]);
                if (!pages.ContainsKey(target) || distance.ContainsKey(target)) continue;
                distance[target] = distance[page] + 1;
                queue.Enqueue(target);
            }
        }

        var posts = pages.Keys.Where(p => p.StartsWith("tin-tuc/", StringComparison.Ordinal) && !p.Contains("/trang/", StringComparison.Ordinal) && p != "tin-tuc/index.html").ToList();
        Assert.True(posts.Count >= 20, $"only {posts.Count} posts");
        Assert.DoesNotContain(posts, p => !distance.ContainsKey(p));
    }

    [Fact]
    public void The_seed_post_is_on_the_home_page_and_shows_its_charts()
    {
        var home = TestSite.Dom(RealSite.Result, "index.html");
        Assert.NotNull(home.QuerySelector("a[href='/tin-tuc/hoi-nghi-so-ket-6-thang-dau-nam-2020/']"));
        var post = TestSite.Dom(RealSite.Result, "tin-tuc/hoi-nghi-so-ket-6-thang-dau-nam-2020/index.html");
        Assert.Equal(3, post.QuerySelectorAll(".post-body figure svg[role=img]").Length);
        Assert.Contains("8.670.000.000", post.QuerySelector(".post-body")!.TextContent);
    }
}
