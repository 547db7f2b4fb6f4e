namespace PhuocMy.Site.Content;

/// <summary>A chuyên mục declared in <c>input/site.yml</c>; its order there is its display order.</summary>
public sealed record CategoryDefinition(string Name, string Slug, string? Description, bool Main);

/// <summary>
/// The site's identity and options, read from <c>input/site.yml</c>. The generator reads only what it needs to
/// build; everything else (address, menus, contacts) is in <see cref="Values"/> for the templates.
/// </summary>
public sealed record SiteSettings(
    string Title,
    Uri BaseUrl,
    string Language,
    int PostsPerPage,
    TimeZoneInfo Zone,
    IReadOnlyList<CategoryDefinition> Categories,
    IReadOnlyDictionary<string, object?> Values);
