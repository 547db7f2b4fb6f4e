using PhuocMy.Site.Content;

namespace PhuocMy.Site.SiteModel;

/// <summary>A link to a tag or category, as templates need it.</summary>
public sealed record TermLink(string Name, string Slug, string Url);

/// <summary>A published post placed in the site: its URL, its terms and its dates as Đà Nẵng reads them.</summary>
public sealed record SitePost(Post Post, string Url, TermLink? Category, IReadOnlyList<TermLink> Tags, DateTimeOffset LocalDate)
{
    public string Title => Post.Title;
    public string Summary => Post.Summary;
    public string Slug => Post.Slug;

    /// <summary>The lead image, as cards and thumbnails show it.</summary>
    public string? Image => Post.Image;
    public string? ImageAlt => Post.ImageAlt;
    public string DateText => VietnameseFormat.LongDate(LocalDate);
    public string DateShort => VietnameseFormat.ShortDate(LocalDate);
    public string DateIso => SiteTime.Iso(LocalDate);

    /// <summary>When the post was last corrected (<c>updated</c>), in Đà Nẵng time.</summary>
    public DateTimeOffset? LocalUpdated { get; init; }
    public string? UpdatedText => LocalUpdated is { } updated ? VietnameseFormat.DateTime(updated) : null;
    public string? UpdatedIso => LocalUpdated is { } updated ? SiteTime.Iso(updated) : null;
    /// <summary>Dated after this build (shown only by a preview or <c>--future</c>).</summary>
    public bool Scheduled { get; init; }

    /// <summary>Past its <c>expires:</c>: the page says the notice no longer applies, and no listing shows it.</summary>
    public bool Lapsed { get; init; }

    /// <summary>When the post lapses (<c>expires:</c>), in Đà Nẵng time.</summary>
    public DateTimeOffset? LocalExpires { get; init; }
    public string? ExpiresText => LocalExpires is { } expires ? VietnameseFormat.DateTime(expires) : null;
    public string? ExpiresIso => LocalExpires is { } expires ? SiteTime.Iso(expires) : null;
    public string DateTimeText => VietnameseFormat.DateTime(LocalDate);
    public int Year => LocalDate.Year;
    public int Month => LocalDate.Month;

    // A post is identified by its URL. Record equality would compare the whole body on every lookup, which made
    // listings of ten thousand posts quadratic in text size.
    public bool Equals(SitePost? other) => other is not null && Url == other.Url;

    public override int GetHashCode() => Url.GetHashCode(StringComparison.Ordinal);
}
