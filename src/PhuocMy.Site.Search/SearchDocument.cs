namespace PhuocMy.Site.Search;

/// <summary>What a search result can be; shown to readers as the result's kind and kept for filtering.</summary>
public enum SearchDocumentKind
{
    Post,
    Page,
    Document,
    DataTable,
}

/// <summary>
/// One page of the site as the search index sees it: its address, title, the section it belongs to
/// (a category, "Văn bản", "Số liệu"…), its date if it has one, and its readable text without markup.
/// </summary>
/// <param name="Url">Root-relative address, e.g. <c>/tin-tuc/hoi-nghi-so-ket/</c>; unique within the site.</param>
/// <param name="Text">The page's body as plain text (the generator extracts it from the rendered page).</param>
public sealed record SearchDocument(
    string Url,
    string Title,
    string Section,
    SearchDocumentKind Kind,
    DateTimeOffset? Date,
    string Text);
