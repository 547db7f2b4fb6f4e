using PhuocMy.Site.Planning;
using PhuocMy.Site.SiteModel;

namespace PhuocMy.Site.Features.Documents;

/// <summary>
/// The registry at <c>/van-ban/</c> (always, even when empty, since the menu links to it), a list per loại at
/// <c>/van-ban/loai/&lt;slug&gt;/</c>, and a page per document at <c>/van-ban/&lt;slug&gt;/</c>.
/// </summary>
public sealed class DocumentsPlanner(DocumentRegistry registry) : IPagePlanner
{
    public const string ListLayout = "documents";
    public const string DocumentLayout = "document";

    /// <summary>The value that holds a document page's <see cref="OfficialDocument"/> (templates read it as <c>document</c>).</summary>
    public const string DocumentKey = "document";
    private const string RegistryTitle = "Văn bản";

    public IEnumerable<PlannedPage> Plan(Website site)
    {
        var registryCrumb = new Crumb(RegistryTitle, DocumentRoutes.Registry);
        var all = registry.Documents;

        var index = PlanContext.Meta(site, "documents", RegistryTitle,
            "Danh mục văn bản: số ký hiệu, ngày ban hành, loại văn bản, trích yếu và cơ quan ban hành; văn bản mới nhất trước.",
            DocumentRoutes.Registry, registryCrumb) with { Sample = all.Any(d => d.Sample) };
        yield return new PlannedPage(index, ListLayout, ListValues(RegistryTitle, "Văn bản", null, registry.Years, all.Count));

        foreach (var type in registry.Types)
        {
            var meta = PlanContext.Meta(site, "documents", $"Văn bản loại {type.Name}",
                $"Danh mục các văn bản loại {type.Name}, mới nhất trước.", type.Url, registryCrumb, new Crumb(type.Name, type.Url))
                with { Sample = type.Documents.Any(d => d.Sample) };
            var values = ListValues($"Văn bản loại {type.Name}", type.Name, type, DocumentRegistry.GroupByYear(type.Documents), type.Count);
            yield return new PlannedPage(meta, ListLayout, values);
        }

        foreach (var document in all)
        {
            var meta = PlanContext.Meta(site, "document", document.Title, $"{document.Citation}: {document.Title}", document.Url,
                registryCrumb, new Crumb(document.Number, document.Url)) with { Sample = document.Sample };
            var values = new Dictionary<string, object?>
            {
                [DocumentKey] = document,
                ["content"] = document.BodyHtml,
                ["registry_url"] = DocumentRoutes.Registry,
            };
            yield return new PlannedPage(meta, DocumentLayout, values) { Origin = document.SourcePath };
        }
    }

    private Dictionary<string, object?> ListValues(string heading, string captionPrefix, DocumentType? current, IReadOnlyList<DocumentYear> years, int count) =>
        new()
        {
            ["heading"] = heading,
            ["caption_prefix"] = captionPrefix,
            ["current_type"] = current,
            ["years"] = years,
            ["types"] = registry.Types,
            ["document_count"] = count,
            ["total_count"] = registry.Documents.Count,
            ["registry_url"] = DocumentRoutes.Registry,
        };
}
