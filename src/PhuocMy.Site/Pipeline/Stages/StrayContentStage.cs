using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Pipeline.Stages;

/// <summary>
/// A Markdown file outside every content folder would silently never be published; say so, so a post saved in
/// the wrong folder is noticed before readers miss it.
/// </summary>
public static class StrayContentStage
{
    public static void Run(SourceTree tree, IReadOnlyList<ISiteFeature> features, DiagnosticBag diagnostics)
    {
        foreach (var file in tree.Files)
        {
            if (file.Layer != SourceLayer.Input || !file.IsMarkdown || file.IsHidden) continue;
            if (file.Path.StartsWith(CoreContent.PostsFolder + "/", StringComparison.Ordinal)
                || file.Path.StartsWith(CoreContent.PagesFolder + "/", StringComparison.Ordinal)
                || features.Any(f => f.Owns(file))) continue;
            diagnostics.Warning(file.DisplayPath, null, "Tệp Markdown này nằm ngoài các thư mục nội dung nên không được đăng.",
                "Chuyển bài viết vào input/posts/, trang vào input/pages/; hoặc đặt tên bắt đầu bằng '_' nếu cố ý không đăng.");
        }
    }
}
