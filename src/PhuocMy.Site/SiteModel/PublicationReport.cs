using PhuocMy.Site.Content;

namespace PhuocMy.Site.SiteModel;

/// <summary>What a build left out or took out of listings, and why, so the summary can say so.</summary>
/// <param name="Drafts">Posts with <c>draft: true</c> left out (no <c>--drafts</c>).</param>
/// <param name="Scheduled">Posts dated after the build, left out (no <c>--future</c>).</param>
/// <param name="Lapsed">Posts past their <c>expires:</c>: page kept with a note, out of every listing.</param>
public sealed record PublicationReport(IReadOnlyList<Post> Drafts, IReadOnlyList<Post> Scheduled, IReadOnlyList<Post> Lapsed)
{
    public static readonly PublicationReport Empty = new([], [], []);

    public int LeftOut => Drafts.Count + Scheduled.Count;

    /// <summary>The earliest time a scheduled post will appear (on the first build after it).</summary>
    public DateTimeOffset? NextScheduled => Scheduled.Count == 0 ? null : Scheduled.Min(p => p.Date);
}
