using PhuocMy.Site.Content;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Output;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Sources;
using PhuocMy.Site.Urls;

namespace PhuocMy.Site.Features.StaticFiles;

/// <summary>
/// Publishes only what is meant to be public. Web assets (CSS, images, fonts) and files in a download folder are
/// published as they are; any other file (a .docx, a .txt note, a .pdf) only when a published page links to it;
/// scripts and HTML pages in <c>input/</c> are refused unless the theme allows their folder, and an SVG that could
/// run script is refused. The files other features read (data tables, documents, schedules) are theirs.
/// </summary>
public sealed class StaticFilesFeature(IReadOnlyList<ISiteFeature> contentFeatures) : ISiteFeature
{
    public string Name => "static-files";
    public IReadOnlyList<string> RunsAfter => [FeatureOrder.AllOthers];

    /// <summary>Files this feature decides about, so they are not also copied as they are.</summary>
    public bool Owns(SourceFile file) =>
        !file.IsHidden && !IsContent(file) && !contentFeatures.Any(feature => feature.Owns(file)) && !StaticFileRules.IsPublishedAsIs(file);

    public ILoadedFeature Load(SourceTree tree, SiteSettings settings, DiagnosticBag diagnostics)
    {
        var allowances = ThemeAllowances.Read(tree, diagnostics);
        var allowedScripts = new List<SourceFile>();
        var waiting = new List<SourceFile>();
        foreach (var file in tree.Files.Where(f => !f.IsHidden && f.Layer == SourceLayer.Input))
        {
            if (allowances.AllowsScript(file))
            {
                if (StaticFileRules.IsActive(file)) allowedScripts.Add(file);
                continue;
            }
            if (StaticFileRules.IsActive(file))
                diagnostics.Error(file.DisplayPath, null,
                    $"Tệp {file.Extension} trong input/ chạy được trong trình duyệt; nội dung không được chứa mã lệnh hay trang HTML riêng.",
                    $"Viết nội dung bằng Markdown (.md). Nếu thật sự cần, nhóm giao diện cho phép thư mục này trong theme/{ThemeAllowances.FileName} ({ThemeAllowances.ScriptFoldersKey}).");
            else if (file.Extension == MediaTypes.Svg)
                SvgScriptCheck.Check(file, diagnostics);
        }
        foreach (var file in tree.Files.Where(f => Owns(f) && !StaticFileRules.IsActive(f)))
            waiting.Add(file);
        return new LoadedStaticFiles(allowedScripts, waiting);
    }

    private static bool IsContent(SourceFile file) => file.IsMarkdown || file.Path == SiteSettingsReader.FileName;

    private sealed class LoadedStaticFiles(IReadOnlyList<SourceFile> allowedScripts, IReadOnlyList<SourceFile> waiting) : ILoadedFeature
    {
        public FeatureOutput ParseContent(ContentContext context) => new()
        {
            ExtraFiles = allowedScripts.Select(f => new OutputFile(f.Path, f.Content, [f.DisplayPath])).ToList(),
            AfterRender = [new LinkedFilesPublisher(waiting)],
        };
    }
}
