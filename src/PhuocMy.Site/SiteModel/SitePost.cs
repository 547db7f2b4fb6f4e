using PhuocMy.Site.Content;
using PhuocMy.Site.Dependencies;

namespace PhuocMy.Site.SiteModel;

/// <summary>A link to a tag or category, as templates need it.</summary>
public sealed record TermLink(string Name, string Slug, string Url);

/// <summary>
/// A published post placed in the site: the post as parsed, and its card (<see cref="PostCard"/>) — what a listing shows
/// of it. Each read records which of the two it used, so a paragraph edited in one post re-renders that post's page
/// only, while a new title re-renders its listings.
/// </summary>
public sealed record SitePost(Post Post, PostCard Card)
{
    private readonly DependencyKey cardKey = DependencyKey.Card(Post.SourcePath);
    private readonly DependencyKey bodyKey = DependencyKey.Body(Post.SourcePath);

    /// <summary>The whole post (body, author, source…): reading it ties the reader to every change of the post.</summary>
    public Post Post
    {
        get { DependencyTracking.Record(bodyKey); return post; }
        init => post = value;
    }

    private readonly Post post = Post;

    /// <summary>The card: reading it, or any of its fields below, ties the reader to changes of the card only.</summary>
    public PostCard Card
    {
        get { DependencyTracking.Record(cardKey); return card; }
        init => card = value;
    }

    private readonly PostCard card = Card;

    public string SourcePath => post.SourcePath;
    public string Url => Card.Url;
    public TermLink? Category => Card.Category;
    public IReadOnlyList<TermLink> Tags => Card.Tags;
    public DateTimeOffset LocalDate => Card.LocalDate;
    public string Title => Card.Title;
    public string Summary => Card.Summary;
    public string Slug => Card.Slug;
    public bool Featured => Card.Featured;
    public bool Draft => Card.Draft;

    /// <summary>The lead image, as cards and thumbnails show it.</summary>
    public string? Image => Card.Image;
    public string? ImageAlt => Card.ImageAlt;

    public string DateText => VietnameseFormat.LongDate(LocalDate);
    public string DateShort => VietnameseFormat.ShortDate(LocalDate);
    public string DateIso => SiteTime.Iso(LocalDate);

    /// <summary>When the post was last corrected (<c>updated</c>), in Đà Nẵng time.</summary>
    public DateTimeOffset? LocalUpdated => Card.LocalUpdated;
    public string? UpdatedText => LocalUpdated is { } updated ? VietnameseFormat.DateTime(updated) : null;
    public string? UpdatedIso => LocalUpdated is { } updated ? SiteTime.Iso(updated) : null;

    /// <summary>Dated after this build (shown only by a preview or <c>--future</c>).</summary>
    public bool Scheduled => Card.Scheduled;

    /// <summary>Past its <c>expires:</c>: the page says the notice no longer applies, and no listing shows it.</summary>
    public bool Lapsed => Card.Lapsed;

    /// <summary>When the post lapses (<c>expires:</c>), in Đà Nẵng time.</summary>
    public DateTimeOffset? LocalExpires => Card.LocalExpires;
    public string? ExpiresText => LocalExpires is { } expires ? VietnameseFormat.DateTime(expires) : null;
    public string? ExpiresIso => LocalExpires is { } expires ? SiteTime.Iso(expires) : null;
    public string DateTimeText => VietnameseFormat.DateTime(LocalDate);
    public int Year => LocalDate.Year;
    public int Month => LocalDate.Month;

    /// <summary>The card's hash, for the build cache, without recording a read.</summary>
    public ContentHash CardHash() => card.Hash();

    // A post is identified by its URL. Record equality would compare the whole body on every lookup, which made
    // listings of ten thousand posts quadratic in text size.
    public bool Equals(SitePost? other) => other is not null && SourcePath == other.SourcePath;

    public override int GetHashCode() => SourcePath.GetHashCode(StringComparison.Ordinal);
}
