namespace PhuocMy.Site.Features.Documents;

/// <summary>The documents of one year, newest first, as a registry page shows them under an h2.</summary>
public sealed record DocumentYear(int Year, IReadOnlyList<OfficialDocument> Documents)
{
    public string Id => $"nam-{Year}";
    public string CaptionId => $"bang-nam-{Year}";
}

/// <summary>A loại văn bản with its own list page.</summary>
public sealed record DocumentType(string Name, string Slug, IReadOnlyList<OfficialDocument> Documents)
{
    public string Url => DocumentRoutes.Type(Slug);
    public int Count => Documents.Count;
}
