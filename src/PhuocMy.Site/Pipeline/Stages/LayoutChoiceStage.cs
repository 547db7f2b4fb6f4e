using PhuocMy.Site.Content;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Rendering;

namespace PhuocMy.Site.Pipeline.Stages;

/// <summary>
/// A <c>layout:</c> written in a post or page must name a template of the theme; if not, the author's file and line are
/// blamed (it is the author's choice that is wrong, not the theme), with the templates there are. The post or page is
/// then given its usual template, so the rest of the build still renders and checks it (the build fails all the same).
/// </summary>
public static class LayoutChoiceStage
{
    public static ParsedContent Run(ParsedContent content, TemplateSet templates, DiagnosticBag diagnostics)
    {
        var usable = string.Join(", ", templates.Names.Where(name => name != TemplateSet.BaseLayout).Order(StringComparer.Ordinal));
        bool Unknown(string? layout) => layout is not null && !templates.TryGet(layout, out _, out _);

        var posts = content.Posts.Select(post =>
        {
            if (!Unknown(post.Layout)) return post;
            diagnostics.Error(post.SourcePath, post.LayoutLine, $"Giao diện không có mẫu trang '{post.Layout}' (layout: {post.Layout}).",
                $"Xóa dòng layout (bài viết dùng mẫu 'post'), hoặc dùng một trong: {usable}.");
            return post with { Layout = null };
        }).ToList();

        var pages = content.Pages.Select(page =>
        {
            if (page.Layout == "post")
            {
                diagnostics.Error(page.SourcePath, page.LayoutLine, "Mẫu 'post' dành cho bài viết có ngày đăng, không dùng được cho một trang.",
                    "Xóa dòng layout (trang dùng mẫu 'page'), hoặc chuyển tệp vào input/posts/ và thêm date:.");
                return page with { Layout = null };
            }
            if (!Unknown(page.Layout)) return page;
            diagnostics.Error(page.SourcePath, page.LayoutLine, $"Giao diện không có mẫu trang '{page.Layout}' (layout: {page.Layout}).",
                $"Xóa dòng layout (trang dùng mẫu 'page'), hoặc dùng một trong: {usable}.");
            return page with { Layout = null };
        }).ToList();

        return new ParsedContent(posts, pages);
    }
}
