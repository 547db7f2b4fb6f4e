using Markdig;
using PhuocMy.Site.Content;
using PhuocMy.Site.Markdown;
using PhuocMy.Site.Output;
using PhuocMy.Site.Planning;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Pipeline;

/// <summary>
/// A feature beyond posts and pages (charts, documents, the work schedule), wired into the build in one place,
/// the way a Markdig extension is: it reads its own sources, may extend Markdown, and plans its own pages.
/// </summary>
public interface ISiteFeature
{
    /// <summary>True for source files this feature reads, so they are not also published as they are.</summary>
    bool Owns(SourceFile file);

    /// <summary>Reads and validates the feature's data. Runs before the Markdown pipeline is built, so it can extend it.</summary>
    void Load(SourceTree tree, SiteSettings settings, DiagnosticBag diagnostics) { }

    void ExtendMarkdown(MarkdownPipelineBuilder builder) { }

    /// <summary>
    /// Parses the feature's Markdown content with the build's one pipeline (every feature's extensions and
    /// checks, so a document can show a chart). Runs after every feature has loaded, beside posts and pages.
    /// </summary>
    void ParseContent(SourceTree tree, SiteSettings settings, MarkdownConverter converter, BodyChecks bodyChecks, DiagnosticBag diagnostics) { }

    IEnumerable<IMarkdownCheck> MarkdownChecks => [];

    IEnumerable<IPagePlanner> Planners => [];

    /// <summary>Values added to <c>site</c> in templates, e.g. <c>site.data_tables</c>.</summary>
    IReadOnlyDictionary<string, object?> SiteValues => new Dictionary<string, object?>();

    /// <summary>Model types templates may read members of.</summary>
    IEnumerable<Type> TemplateTypes => [];

    /// <summary>Files that are not pages, e.g. a CSV download per data table.</summary>
    IEnumerable<OutputFile> ExtraFiles() => [];
}
