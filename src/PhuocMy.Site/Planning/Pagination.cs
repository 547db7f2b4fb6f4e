namespace PhuocMy.Site.Planning;

/// <param name="IsGap">Stands for the pages left out between two shown numbers ("…").</param>
public sealed record PageLink(int Number, string Url, bool Current, bool IsGap = false);

/// <summary>Where a listing page sits among its pages, for the previous/next and numbered links.</summary>
public sealed record Pagination(int Current, int Total, int TotalItems, string? PreviousUrl, string? NextUrl, IReadOnlyList<PageLink> Pages)
{
    public bool IsPaged => Total > 1;

    /// <summary>Splits items into pages; an empty list still gives one (empty) page, so every listing exists.</summary>
    public static IEnumerable<(IReadOnlyList<T> Items, Pagination Pagination)> Split<T>(IReadOnlyList<T> items, int pageSize, Func<int, string> urlOf)
    {
        var total = Math.Max(1, (items.Count + pageSize - 1) / pageSize);
        for (var number = 1; number <= total; number++)
        {
            var links = Window(number, total, urlOf);
            var pagination = new Pagination(number, total, items.Count,
                number > 1 ? urlOf(number - 1) : null,
                number < total ? urlOf(number + 1) : null,
                links);
            yield return (items.Skip((number - 1) * pageSize).Take(pageSize).ToList(), pagination);
        }
    }

    private const int NeighboursShown = 2;

    /// <summary>First, last, and the current page with its neighbours; a gap for the rest, so a thousand pages stay short.</summary>
    private static List<PageLink> Window(int current, int total, Func<int, string> urlOf)
    {
        var links = new List<PageLink>();
        for (var n = 1; n <= total; n++)
        {
            var shown = n == 1 || n == total || Math.Abs(n - current) <= NeighboursShown;
            if (shown) links.Add(new PageLink(n, urlOf(n), n == current));
            else if (links[^1] is { IsGap: false }) links.Add(new PageLink(n, "", false, IsGap: true));
        }
        return links;
    }
}
