using PhuocMy.Site.Content;
using PhuocMy.Site.Dependencies;

namespace PhuocMy.Site.SiteModel;

/// <summary>A link to a tag or category, as templates need it.</summary>
public sealed record TermLink(string Name, string Slug, string Url);

/// <summary>
/// A published post placed in the site: its URL, its terms and its dates as Đà Nẵng reads them.
/// What a listing shows of it (its card) is separate from the rest: each read records which of the two it used,
/// so a paragraph edited in one post re-renders that post's page only, while a new title re-renders its listings.
/// </summary>
public sealed record SitePost(Post Post, string Url, TermLink? Category, IReadOnlyList<TermLink> Tags, DateTimeOffset LocalDate)
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

    public string Url { get { Card(); return field; } init; } = Url;
    public TermLink? Category { get { Card(); return field; } init; } = Category;
    public IReadOnlyList<TermLink> Tags { get { Card(); return field; } init; } = Tags;
    public DateTimeOffset LocalDate { get { Card(); return field; } init; } = LocalDate;

    public string SourcePath => CardPost.SourcePath;
    public string Title { get { Card(); return CardPost.Title; } }
    public string Summary { get { Card(); return CardPost.Summary; } }
    public string Slug { get { Card(); return CardPost.Slug; } }
    public bool Featured { get { Card(); return CardPost.Featured; } }
    public bool Draft { get { Card(); return CardPost.Draft; } }

    /// <summary>The lead image, as cards and thumbnails show it.</summary>
    public string? Image { get { Card(); return CardPost.Image; } }
    public string? ImageAlt { get { Card(); return CardPost.ImageAlt; } }

    public string DateText => VietnameseFormat.LongDate(LocalDate);
    public string DateShort => VietnameseFormat.ShortDate(LocalDate);
    public string DateIso => SiteTime.Iso(LocalDate);

    /// <summary>When the post was last corrected (<c>updated</c>), in Đà Nẵng time.</summary>
    public DateTimeOffset? LocalUpdated { get { Card(); return field; } init; }
    public string? UpdatedText => LocalUpdated is { } updated ? VietnameseFormat.DateTime(updated) : null;
    public string? UpdatedIso => LocalUpdated is { } updated ? SiteTime.Iso(updated) : null;
    /// <summary>Dated after this build (shown only by a preview or <c>--future</c>).</summary>
    public bool Scheduled { get { Card(); return field; } init; }

    /// <summary>Past its <c>expires:</c>: the page says the notice no longer applies, and no listing shows it.</summary>
    public bool Lapsed { get { Card(); return field; } init; }

    /// <summary>When the post lapses (<c>expires:</c>), in Đà Nẵng time.</summary>
    public DateTimeOffset? LocalExpires { get { Card(); return field; } init; }
    public string? ExpiresText => LocalExpires is { } expires ? VietnameseFormat.DateTime(expires) : null;
    public string? ExpiresIso => LocalExpires is { } expires ? SiteTime.Iso(expires) : null;
    public string DateTimeText => VietnameseFormat.DateTime(LocalDate);
    public int Year => LocalDate.Year;
    public int Month => LocalDate.Month;

    /// <summary>The card fields, whose hash stands for <see cref="DependencyKey.Card"/>.</summary>
    public ContentHash CardHash()
    {
        var hasher = new ContentHasher()
            .Add(Url).Add(CardPost.Title).Add(CardPost.Summary).Add(CardPost.Slug).Add(CardPost.Image).Add(CardPost.ImageAlt)
            .Add(CardPost.Featured).Add(CardPost.Draft).Add(CardPost.Sample).Add(LocalDate.UtcTicks).Add(LocalDate.Offset.Ticks)
            .Add(LocalUpdated?.UtcTicks ?? -1).Add(Scheduled).Add(Lapsed).Add(LocalExpires?.UtcTicks ?? -1).Add(Category?.Name).Add(Category?.Url).Add(Tags.Count);
        foreach (var tag in Tags) hasher.Add(tag.Name).Add(tag.Url);
        return hasher.Finish();
    }

    /// <summary>The post without recording a body read: the card's own fields come from it.</summary>
    private Post CardPost => post;

    private void Card() => DependencyTracking.Record(cardKey);

    // A post is identified by its URL. Record equality would compare the whole body on every lookup, which made
    // listings of ten thousand posts quadratic in text size.
    public bool Equals(SitePost? other) => other is not null && SourcePath == other.SourcePath;

    public override int GetHashCode() => SourcePath.GetHashCode(StringComparison.Ordinal);
}
