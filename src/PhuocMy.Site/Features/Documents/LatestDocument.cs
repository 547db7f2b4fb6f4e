namespace PhuocMy.Site.Features.Documents;

/// <summary>
/// A document as the side column of every page lists it: only what the list shows, so editing a document's summary
/// or attached file does not render every page again (a page depends on <c>site.latest_documents</c> by its value).
/// </summary>
public sealed record LatestDocument(string Title, string Number, string Type, string Url, string IssuedIso, string IssuedShort, bool Sample)
{
    public static LatestDocument Of(OfficialDocument document) => new(
        document.Title, document.Number, document.Type, document.Url, document.IssuedIso, document.IssuedShort, document.Sample);
}
