using PhuocMy.Site.Content;

namespace PhuocMy.Site.SiteModel;

/// <summary>A post named in the publication report: where it is and the date that matters for it.</summary>
public sealed record PublicationEntry(string SourcePath, DateTimeOffset Date)
{
    public static PublicationEntry Of(Post post) => new(post.SourcePath, post.Date);
}

/// <summary>What a build left out or took out of listings, and why, so the summary can say so.</summary>
/// <param name="Drafts">Posts with <c>draft: true</c> left out (no <c>--drafts</c>).</param>
/// <param name="Scheduled">Posts dated after the build, left out (no <c>--future</c>).</param>
/// <param name="Lapsed">Posts past their <c>expires:</c>: page kept with a note, out of every listing.</param>
public sealed record PublicationReport(IReadOnlyList<PublicationEntry> Drafts, IReadOnlyList<PublicationEntry> Scheduled, IReadOnlyList<PublicationEntry> Lapsed)
{
    public static readonly PublicationReport Empty = new([], [], []);

    public int LeftOut => Drafts.Count + Scheduled.Count;

    /// <summary>The earliest time a scheduled post will appear (on the first build after it).</summary>
    public DateTimeOffset? NextScheduled => Scheduled.Count == 0 ? null : Scheduled.Min(p => p.Date);

    /// <summary>
    /// The first moment after the build at which the same inputs would build differently: a post comes due or
    /// lapses. Null when no post has a date or an expiry still ahead.
    /// </summary>
    public DateTimeOffset? NextChange { get; init; }
}
