using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Tests.Support;

namespace PhuocMy.Site.Tests.WholeSite;

/// <summary>How input/ and theme/ combine: input overrides the theme, underscores hide, assets carry a content hash.</summary>
public class ThemeTests
{
    [Fact]
    public void An_input_file_replaces_the_theme_file_at_the_same_path()
    {
        var result = new TestSite()
            .Post("a", "Tin A", "2020-07-15")
            .With("assets/css/site.css", "body { color: #000; }")
            .With("_layouts/post.liquid", "<h1>{{ post.title }}</h1><p class=\"rieng\">Mẫu riêng của phường</p>")
            .Generate();
        Assert.True(result.Succeeded, TestSite.Describe(result));
        Assert.Equal("body { color: #000; }", System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "assets/css/site.css").Content.Span));
        Assert.Equal("Mẫu riêng của phường", TestSite.Dom(result, "tin-tuc/a/index.html").QuerySelector(".rieng")!.TextContent);
    }

    [Fact]
    public void Files_and_folders_starting_with_an_underscore_are_never_published()
    {
        var result = new TestSite().Post("a", "Tin A", "2020-07-15").With("_nhap/ghi-chu.txt", "x").With("images/_cu.svg", "<svg/>").Generate();
        Assert.True(result.Succeeded, TestSite.Describe(result));
        // Netlify's own _headers and _redirects are read by Netlify and never served.
        Assert.DoesNotContain(result.Files, f => f.Path is not ("_headers" or "_redirects") && f.Path.Split('/').Any(segment => segment.StartsWith('_')));
        Assert.DoesNotContain(result.Files, f => f.Path.EndsWith(".md", StringComparison.Ordinal) || f.Path == "site.yml");
    }

    [Fact]
    public void Unknown_front_matter_keys_reach_the_templates()
    {
        var result = new TestSite()
            .With("posts/a.md", "---\ntitle: Tin A\ndate: 2020-07-15\nnguoi_chup_anh: Tổ truyền thông\n---\nThân\n")
            .WithTheme("_layouts/post.liquid", "<h1>{{ post.title }}</h1><p class=\"anh\">Ảnh: {{ post.post.meta.nguoi_chup_anh }}</p>")
            .Generate();
        Assert.True(result.Succeeded, TestSite.Describe(result));
        Assert.Equal("Ảnh: Tổ truyền thông", TestSite.Dom(result, "tin-tuc/a/index.html").QuerySelector(".anh")!.TextContent);
    }

    [Fact]
    public void Stylesheet_links_change_when_the_stylesheet_changes()
    {
        static string StylesheetHref(TestSite site) =>
            TestSite.Dom(site.Generate(), "index.html").QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        var before = StylesheetHref(new TestSite());
        var after = StylesheetHref(new TestSite().With("assets/css/site.css", "body { color: #111; }"));
        Assert.StartsWith("/assets/css/site.css?v=", before);
        Assert.NotEqual(before, after);
    }

    [Fact]
    public void Vietnamese_text_is_not_escaped_but_markup_is()
    {
        var result = new TestSite().Post("a", "Phước Mỹ <b>đẹp</b> & \"sạch\"", "2020-07-15").Generate();
        var html = TestSite.Html(result, "tin-tuc/a/index.html");
        Assert.Contains("Phước Mỹ &lt;b&gt;đẹp&lt;/b&gt; &amp;", html);
    }

    [Fact]
    public void A_markdown_file_outside_the_content_folders_is_a_warning()
    {
        var result = new TestSite().Post("a", "Tin A", "2020-07-15").With("tin-tuc/b.md", "---\ntitle: Tin B\n---\nThân\n").Generate();
        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("input/tin-tuc/b.md", warning.File);
        Assert.Contains("input/posts/", warning.Hint);
    }
}
