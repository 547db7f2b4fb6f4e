using PhuocMy.Site.Content;

namespace PhuocMy.Site.SiteModel;

public sealed record CategorySection(CategoryDefinition Definition, TermLink Link, IReadOnlyList<SitePost> Posts);

public sealed record TagSection(TermLink Link, IReadOnlyList<SitePost> Posts);

public sealed record ArchiveMonth(int Year, int Month, string Url, IReadOnlyList<SitePost> Posts)
{
    public string Name => VietnameseFormat.MonthName(Month) + "/" + Year;
    public int Count => Posts.Count;
}

public sealed record ArchiveYear(int Year, string Url, IReadOnlyList<ArchiveMonth> Months, IReadOnlyList<SitePost> Posts)
{
    public int Count => Posts.Count;
}
