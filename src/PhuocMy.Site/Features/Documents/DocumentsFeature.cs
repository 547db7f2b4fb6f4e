using PhuocMy.Site.Content;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Features.Documents;

/// <summary>
/// Văn bản: reads <c>documents/*.md</c> (one file per document; attached files under <c>documents/files/</c> are
/// published as they are) and plans the registry pages that Nghị định 42/2022/NĐ-CP expects of a government portal.
/// </summary>
public sealed class DocumentsFeature : ISiteFeature, ILoadedFeature
{
    public string Name => "documents";

    public const string Folder = "documents";

    /// <summary>How many documents <c>site.latest_documents</c> holds, for the side column.</summary>
    public const int LatestCount = 5;

    public bool Owns(SourceFile file) => IsDocument(file);

    /// <summary>Documents have no data to load before Markdown: they are Markdown themselves.</summary>
    public ILoadedFeature Load(SourceTree tree, SiteSettings settings, DiagnosticBag diagnostics) => this;

    public FeatureOutput ParseContent(ContentContext context)
    {
        var parsed = context.Parser.ParseAll(new DocumentParser(context.Tree, context.Settings, context.Converter, context.BodyChecks));
        var registry = DocumentRegistry.Build(parsed, context.Diagnostics);
        return new FeatureOutput
        {
            Planners = [new DocumentsPlanner(registry)],
            SiteValues = new Dictionary<string, object?>
            {
                ["documents_url"] = DocumentRoutes.Registry,
                ["latest_documents"] = registry.Documents.Take(LatestCount).Select(LatestDocument.Of).ToList(),
            },
            TemplateTypes = [typeof(OfficialDocument), typeof(LatestDocument), typeof(AttachedFile), typeof(DocumentYear), typeof(DocumentType)],
        };
    }

    /// <summary>
    /// Markdown under <c>documents/</c> (sub-folders such as <c>documents/2023/</c> too, so none is silently dropped);
    /// attached files (PDF…) are not owned, so they are published as they are.
    /// </summary>
    private static bool IsDocument(SourceFile file) =>
        file.IsMarkdown && !file.IsHidden && file.Path.StartsWith(Folder + "/", StringComparison.Ordinal);
}
