using PhuocMy.Site.Content;
using PhuocMy.Site.SiteModel;

namespace PhuocMy.Site.Features.Syndication;

/// <summary>What one feed covers: the whole site or one chuyên mục, with its page and its feed addresses.</summary>
public sealed record FeedSection(string Title, string Description, string PageUrl, string RssUrl, string AtomUrl, IReadOnlyList<SitePost> Posts, string Language)
{
    public static FeedSection WholeSite(Website site) =>
        new(site.Settings.Title, Text(site.Settings, "description") ?? site.Settings.Title, Routes.Home,
            SyndicationRoutes.Rss, SyndicationRoutes.Atom, site.Posts, site.Settings.Language);

    public static FeedSection Of(CategorySection category, Website site) =>
        new($"{category.Definition.Name} – {site.Settings.Title}", category.Definition.Description ?? $"Tin bài chuyên mục {category.Definition.Name}",
            category.Link.Url, SyndicationRoutes.CategoryRss(category.Link), SyndicationRoutes.CategoryAtom(category.Link), category.Posts, site.Settings.Language);

    public static IEnumerable<FeedSection> All(Website site) =>
        [WholeSite(site), .. site.Categories.Select(category => Of(category, site))];

    public static string? Text(SiteSettings settings, string key) =>
        settings.Values.GetValueOrDefault(key) is string { Length: > 0 } text ? text : null;
}
