namespace PhuocMy.Site.Rendering;

public sealed record PageLink(int Number, string Url, bool Current);

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
            var links = Enumerable.Range(1, total).Select(n => new PageLink(n, urlOf(n), n == number)).ToList();
            var pagination = new Pagination(number, total, items.Count,
                number > 1 ? urlOf(number - 1) : null,
                number < total ? urlOf(number + 1) : null,
                links);
            yield return (items.Skip((number - 1) * pageSize).Take(pageSize).ToList(), pagination);
        }
    }
}
