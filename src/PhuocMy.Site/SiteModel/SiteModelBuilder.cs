using PhuocMy.Site.Urls;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Content;

namespace PhuocMy.Site.SiteModel;

/// <summary>Places parsed posts and pages into the site: URLs, sections, taxonomies, archives; finds clashing URLs.</summary>
public static class SiteModelBuilder
{
    public static Website Build(SiteSettings settings, IReadOnlyList<Post> allPosts, IReadOnlyList<Page> pages, PublicationRules rules, DiagnosticBag diagnostics)
    {
        var categoryLinks = settings.Categories.ToDictionary(c => c.Name, c => new TermLink(c.Name, c.Slug, Routes.Category(c.Slug)));
        var tagLinks = new Dictionary<string, TermLink>(StringComparer.Ordinal);

        var posts = Newest(allPosts.Where(rules.Lists).Select(p => Place(p, settings, rules, categoryLinks, tagLinks)));

        // A lapsed post links only to tags that still have a page: those of listed posts.
        var listedTags = new Dictionary<string, TermLink>(tagLinks, StringComparer.Ordinal);
        var lapsed = Newest(allPosts.Where(p => rules.Keeps(p) && !rules.Lists(p)).Select(p => Place(p, settings, rules, categoryLinks, listedTags)))
            .Select(p => p with { Card = p.Card with { Tags = p.Tags.Where(t => tagLinks.ContainsKey(t.Slug)).ToList() } })
            .ToList();

        ReportClashes(posts.Concat(lapsed).Select(p => (p.Url, p.Post.SourcePath)).Concat(pages.Select(p => (Routes.Page(p.Slug), p.SourcePath))), diagnostics);

        var categories = settings.Categories
            .Select(c => new CategorySection(c, categoryLinks[c.Name], posts.Where(p => p.Post.Category == c.Name).ToList()))
            .ToList();

        var tags = posts
            .SelectMany(p => p.Tags.Select(t => (Tag: t, Post: p)))
            .GroupBy(x => x.Tag.Slug)
            .Select(g => new TagSection(g.First().Tag, g.Select(x => x.Post).ToList()))
            .OrderBy(t => t.Link.Name, VietnameseFormat.Collation)
            .ToList();

        var years = posts
            .GroupBy(p => p.Year)
            .OrderByDescending(g => g.Key)
            .Select(year => new ArchiveYear(
                year.Key,
                Routes.Year(year.Key),
                year.GroupBy(p => p.Month).OrderByDescending(m => m.Key)
                    .Select(month => new ArchiveMonth(year.Key, month.Key, Routes.Month(year.Key, month.Key), month.ToList()))
                    .ToList(),
                year.ToList()))
            .ToList();

        var leftOut = allPosts.Where(p => !rules.Keeps(p)).OrderBy(p => p.SourcePath, StringComparer.Ordinal).ToList();
        return new Website(settings, posts, pages, categories, tags, years)
        {
            Lapsed = lapsed,
            Publication = new PublicationReport(
                leftOut.Where(p => p.Draft).Select(PublicationEntry.Of).ToList(),
                leftOut.Where(p => !p.Draft).Select(PublicationEntry.Of).ToList(),
                lapsed.Select(p => PublicationEntry.Of(p.Post)).ToList())
            {
                NextChange = NextChange(allPosts, rules.Now),
            },
        };
    }

    /// <summary>The first date or expiry still ahead: when the same posts would be published differently.</summary>
    private static DateTimeOffset? NextChange(IEnumerable<Post> posts, DateTimeOffset now)
    {
        DateTimeOffset? next = null;
        foreach (var post in posts)
        {
            foreach (var moment in new DateTimeOffset?[] { post.Date, post.Expires })
                if (moment > now && (next is null || moment < next)) next = moment;
        }
        return next;
    }

    private static List<SitePost> Newest(IEnumerable<SitePost> posts) =>
        posts.OrderByDescending(p => p.LocalDate).ThenBy(p => p.Title, VietnameseFormat.Collation).ToList();

    private static SitePost Place(Post post, SiteSettings settings, PublicationRules rules, Dictionary<string, TermLink> categories, Dictionary<string, TermLink> tags)
    {
        var local = SiteTime.ToLocal(post.Date, settings.Zone);
        var postTags = post.Tags.Select(name =>
        {
            var slug = Slug.From(name);
            if (!tags.TryGetValue(slug, out var link)) tags[slug] = link = new TermLink(name, slug, Routes.Tag(slug));
            return link;
        }).DistinctBy(t => t.Slug).ToList();

        var placed = new PostCard(Routes.Post(post.Slug), "", "", "", null, null, false, false, false, local,
            post.Updated is { } updated ? SiteTime.ToLocal(updated, settings.Zone) : null,
            post.Expires is { } expires ? SiteTime.ToLocal(expires, settings.Zone) : null,
            rules.IsScheduled(post), rules.IsLapsed(post),
            post.Category is null ? null : categories.GetValueOrDefault(post.Category), postTags);
        return new SitePost(post, placed.WithTextOf(post));
    }

    private static void ReportClashes(IEnumerable<(string Url, string Source)> routes, DiagnosticBag diagnostics)
    {
        foreach (var clash in routes.GroupBy(r => r.Url).Where(g => g.Count() > 1))
        {
            var files = clash.Select(r => r.Source).Order(StringComparer.Ordinal).ToList();
            foreach (var file in files.Skip(1))
                diagnostics.Error(file, null, $"Địa chỉ {clash.Key} trùng với {files[0]}.",
                    "Đổi tên tệp hoặc khai báo 'slug:' khác cho một trong hai bài.");
        }
    }
}
