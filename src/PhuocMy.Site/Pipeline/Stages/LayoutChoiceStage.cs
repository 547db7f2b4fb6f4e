using PhuocMy.Site.Content;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Rendering;

namespace PhuocMy.Site.Pipeline.Stages;

/// <summary>
/// A <c>layout:</c> written in a post or page must name a template of the theme; if not, the author's file and line are
/// blamed (it is the author's choice that is wrong, not the theme), with the templates there are.
/// </summary>
public static class LayoutChoiceStage
{
    public static void Run(ParsedContent content, TemplateSet templates, DiagnosticBag diagnostics)
    {
        var choices = content.Posts.Select(p => (p.SourcePath, p.Layout, p.LayoutLine, Default: "post", Kind: "bài viết"))
            .Concat(content.Pages.Select(p => (p.SourcePath, p.Layout, p.LayoutLine, Default: "page", Kind: "trang")));
        foreach (var (file, layout, line, defaultLayout, kind) in choices)
        {
            if (layout is null || templates.TryGet(layout, out _, out _)) continue;
            var usable = string.Join(", ", templates.Names.Where(name => name != TemplateSet.BaseLayout).Order(StringComparer.Ordinal));
            diagnostics.Error(file, line, $"Giao diện không có mẫu trang '{layout}' (layout: {layout}).",
                $"Xóa dòng layout ({kind} dùng mẫu '{defaultLayout}'), hoặc dùng một trong: {usable}.");
        }
        foreach (var page in content.Pages.Where(p => p.Layout == "post"))
            diagnostics.Error(page.SourcePath, page.LayoutLine, "Mẫu 'post' dành cho bài viết có ngày đăng, không dùng được cho một trang.",
                "Xóa dòng layout (trang dùng mẫu 'page'), hoặc chuyển tệp vào input/posts/ và thêm date:.");
    }
}
