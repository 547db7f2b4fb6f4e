namespace PhuocMy.Site.Planning;

public sealed record Crumb(string Name, string Url);

/// <summary>What the base layout needs for any page: its head, its place in the site and its language.</summary>
public sealed record PageMeta(
    string Kind,
    string Title,
    string Description,
    string Url,
    string CanonicalUrl,
    string Language,
    IReadOnlyList<Crumb> Breadcrumbs)
{
    public bool Sample { get; init; }
    public string? ImageUrl { get; init; }
    public string? ImageAlt { get; init; }
}
