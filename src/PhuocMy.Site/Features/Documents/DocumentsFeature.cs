using PhuocMy.Site.Content;
using PhuocMy.Site.Markdown;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Planning;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Features.Documents;

/// <summary>
/// Văn bản: reads <c>documents/*.md</c> (one file per document; attached files under <c>documents/files/</c> are
/// published as they are) and plans the registry pages that Nghị định 42/2022/NĐ-CP expects of a government portal.
/// </summary>
public sealed class DocumentsFeature : ISiteFeature
{
    public const string Folder = "documents";

    private DocumentRegistry registry = DocumentRegistry.Empty;

    public DocumentRegistry Registry => registry;

    public bool Owns(SourceFile file) => IsDocument(file);

    public void ParseContent(SourceTree tree, SiteSettings settings, MarkdownConverter converter, BodyChecks bodyChecks, DiagnosticBag diagnostics)
    {
        var parser = new DocumentParser(tree, settings, converter, bodyChecks);
        var parsed = tree.Files.Where(IsDocument).Select(file => parser.Parse(file, diagnostics)).OfType<ParsedDocument>();
        registry = DocumentRegistry.Build(parsed, diagnostics);
    }

    public IEnumerable<IPagePlanner> Planners => [new DocumentsPlanner(registry)];

    public IEnumerable<Type> TemplateTypes => [typeof(OfficialDocument), typeof(AttachedFile), typeof(DocumentYear), typeof(DocumentType)];

    /// <summary>
    /// Markdown under <c>documents/</c> (sub-folders such as <c>documents/2023/</c> too, so none is silently dropped);
    /// attached files (PDF…) are not owned, so they are published as they are.
    /// </summary>
    private static bool IsDocument(SourceFile file) =>
        file.Extension == ".md" && !file.IsHidden && file.Path.StartsWith(Folder + "/", StringComparison.Ordinal);
}
