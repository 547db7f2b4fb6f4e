using PhuocMy.Site.Search.Tokens;

namespace PhuocMy.Site.Search.Index;

/// <summary>
/// Numbers the documents: pages without a date first (by URL), then dated ones from oldest to newest (by date,
/// then URL). A larger number is newer, so search.js breaks ties by number alone, and a new post takes the next
/// number without renumbering the others.
/// </summary>
internal static class DocumentOrder
{
    public static IReadOnlyList<DocumentTokens> Arrange(IEnumerable<DocumentTokens> documents)
    {
        var ordered = documents.ToArray();
        var urls = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in ordered)
            if (!urls.Add(document.Url))
                throw new ArgumentException($"Two search documents have the address {document.Url}.", nameof(documents));
        Array.Sort(ordered, Compare);
        return ordered;
    }

    private static int Compare(DocumentTokens a, DocumentTokens b)
    {
        if (a.Date is null != b.Date is null) return a.Date is null ? -1 : 1;
        if (a.Date is { } dateA && b.Date is { } dateB)
        {
            var byDate = dateA.UtcTicks.CompareTo(dateB.UtcTicks);
            if (byDate != 0) return byDate;
        }
        return string.CompareOrdinal(a.Url, b.Url);
    }
}
