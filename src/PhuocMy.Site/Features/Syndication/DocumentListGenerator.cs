using System.Text.Json.Nodes;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Features.Documents;
using PhuocMy.Site.Output;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Planning;
using static PhuocMy.Site.Features.Syndication.JsonText;
using PhuocMy.Site.Urls;

namespace PhuocMy.Site.Features.Syndication;

/// <summary>
/// The văn bản registry as JSON, for the city portal: số ký hiệu, loại, cơ quan ban hành, ngày ban hành, trích yếu
/// and the address of the full text, newest first (the registry's own order). Read from the registry's pages, so it
/// lists exactly the documents the site shows.
/// </summary>
public sealed class DocumentListGenerator : IAfterRenderGenerator
{
    public IEnumerable<OutputFile> Generate(RenderedSite site, DiagnosticBag diagnostics)
    {
        var settings = site.Site.Settings;
        var documents = site.Pages
            .Select(page => page.Plan.Values.GetValueOrDefault(DocumentsPlanner.DocumentKey))
            .OfType<OfficialDocument>()
            .Order(DocumentRegistry.Order)
            .ToList();
        var list = Object(
            ("title", $"Danh mục văn bản – {settings.Title}"),
            ("home_page_url", FeedEntry.Absolute(settings, DocumentRoutes.Registry).AbsoluteUri),
            ("documents", Array(documents.Select(document => (JsonNode?)Object(
                ("number", document.Number),
                ("type", document.Type),
                ("issuer", document.Issuer),
                ("issued", document.IssuedIso),
                ("summary", document.Title),
                ("signer", Text(document.Signer)),
                ("effective", Text(document.EffectiveIso)),
                ("url", FeedEntry.Absolute(settings, document.Url).AbsoluteUri),
                ("file_url", document.File is { } file ? FeedEntry.Absolute(settings, file.Url).AbsoluteUri : null),
                ("sample", document.Sample ? true : null))))));
        yield return new OutputFile(SitePaths.OutputPathOf(SyndicationRoutes.DocumentList), Utf8(list),
            [PlanContext.SettingsSource, .. documents.Select(d => d.SourcePath)]);
    }
}
