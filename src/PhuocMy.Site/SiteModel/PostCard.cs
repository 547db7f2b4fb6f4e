using PhuocMy.Site.Content;
using PhuocMy.Site.Dependencies;

namespace PhuocMy.Site.SiteModel;

/// <summary>
/// What a listing shows of a post — and so what a page that lists it depends on (<see cref="DependencyKind.Card"/>):
/// its address, title, sapo, lead image, flags, dates as Đà Nẵng reads them, category and tags. The one definition of
/// a card: the site model places posts with it, the build cache hashes it, and the preview compares it to tell
/// whether an edit stays on the post's own page.
/// </summary>
public sealed record PostCard(
    string Url,
    string Title,
    string Summary,
    string Slug,
    string? Image,
    string? ImageAlt,
    bool Featured,
    bool Draft,
    bool Sample,
    DateTimeOffset LocalDate,
    DateTimeOffset? LocalUpdated,
    DateTimeOffset? LocalExpires,
    bool Scheduled,
    bool Lapsed,
    TermLink? Category,
    IReadOnlyList<TermLink> Tags)
{
    /// <summary>The card with the fields a post's own text gives replaced by <paramref name="post"/>'s; where it is placed stays.</summary>
    public PostCard WithTextOf(Post post) => this with
    {
        Title = post.Title, Summary = post.Summary, Slug = post.Slug, Image = post.Image, ImageAlt = post.ImageAlt,
        Featured = post.Featured, Draft = post.Draft, Sample = post.Sample,
    };

    /// <summary>The hash that stands for <see cref="DependencyKind.Card"/>: equal cards, equal hashes.</summary>
    public ContentHash Hash()
    {
        var hasher = new ContentHasher()
            .Add(Url).Add(Title).Add(Summary).Add(Slug).Add(Image).Add(ImageAlt)
            .Add(Featured).Add(Draft).Add(Sample).Add(LocalDate.UtcTicks).Add(LocalDate.Offset.Ticks)
            .Add(LocalUpdated?.UtcTicks ?? -1).Add(Scheduled).Add(Lapsed).Add(LocalExpires?.UtcTicks ?? -1).Add(Category?.Name).Add(Category?.Url).Add(Tags.Count);
        foreach (var tag in Tags) hasher.Add(tag.Name).Add(tag.Url);
        return hasher.Finish();
    }

    public bool Equals(PostCard? other) => other is not null && Hash() == other.Hash();

    public override int GetHashCode() => Hash().GetHashCode();
}
